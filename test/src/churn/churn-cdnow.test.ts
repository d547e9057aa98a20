import { churnLabels } from "../../../src/churn/churn-labels";
import { churnRisk } from "../../../src/churn/churn-risk";
import { memberFeatures } from "../../../src/churn/member-features";
import { memberHistory } from "../../../src/churn/member-history";
import { holdoutMask } from "../../../src/churn/stratified-split";
import { serialFromCivilDate } from "../../../src/dates/civil-date";
import { cdnowTable, linesOf, reference } from "./churn-fixture";

/*
 * The outside check: on CDNOW_master (23,570 customers, Fader, Hardie & Lee 2005), churn = no purchase
 * in the 180 days after 1997-12-31; the holdout AUC must be within 0.02 of scikit-learn's on the same features
 * and split. test/fixtures/churn/sklearn_reference.py computed the features with pandas, the split with its
 * own port of the rule and fitted scikit-learn 1.2.1: AUC 0.80958 (logistic), 0.80497 (tree).
 */
const expected = reference().cdnow;
const lines = linesOf(cdnowTable());
const calibrationEndSerial = serialFromCivilDate(1997, 12, 31);
const result = churnRisk(lines, { calibrationEndSerial, horizonDays: 180 });

describe("churn on CDNOW, 180 days after 1997-12-31, against scikit-learn", () => {
  it("has the same members, churn share and stratified holdout", () => {
    expect([result.members, result.trainingMembers, result.holdoutMembers]).toEqual([23570, 16499, 7071]);
    expect([expected.members, expected.trainingMembers, expected.holdoutMembers]).toEqual([
      23570, 16499, 7071,
    ]);
    expect(result.churnShare).toBe(expected.churnShare);
    expect(result.lastDay).toBe(serialFromCivilDate(1998, 6, 30));
    const history = memberHistory(lines);
    const matrix = memberFeatures(history, calibrationEndSerial);
    const mask = holdoutMask(churnLabels(history, matrix.members, calibrationEndSerial, 180), 0.3, 0);
    const held = Array.from(matrix.members, (member) => history.memberIds[member] as string).filter(
      (_, row) => mask[row] === 1,
    );
    expect(held.sort()).toEqual(expected.holdout);
  });

  it("standardises with pandas' means and SDs and fits scikit-learn's coefficients (8 features, no coupon column)", () => {
    const { model } = result;
    expect(model.features).toEqual(expected.features);
    model.features.forEach((feature, index) => {
      expect(Math.abs((model.means[index] as number) / (expected.means[feature] as number) - 1)).toBeLessThan(
        1e-12,
      );
      expect(
        Math.abs(
          (model.standardDeviations[index] as number) / (expected.standardDeviations[feature] as number) - 1,
        ),
      ).toBeLessThan(1e-12);
      expect(
        Math.abs((model.weights[index] as number) - (expected.coefficients[feature] as number)),
      ).toBeLessThan(1e-4);
    });
    expect(model.converged).toBe(true);
  });

  it("gives a holdout AUC within 0.02 of scikit-learn's, for the logistic regression and the tree", () => {
    expect(Math.abs(result.holdout.auc - expected.auc)).toBeLessThan(0.02);
    expect(Math.abs(result.tree.auc - expected.treeAuc)).toBeLessThan(0.02);
    // In fact the same to rounding: the features, split and optimum agree.
    expect(result.holdout.auc).toBeCloseTo(expected.auc, 9);
    expect(result.holdout.metrics.precision).toBeCloseTo(expected.precision as number, 9);
    expect(result.holdout.metrics.recall).toBeCloseTo(expected.recall, 9);
  });
});
