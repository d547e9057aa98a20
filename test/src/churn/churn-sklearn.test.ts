import { churnLabels } from "../../../src/churn/churn-labels";
import { churnRisk } from "../../../src/churn/churn-risk";
import { memberFeatures } from "../../../src/churn/member-features";
import { memberHistory } from "../../../src/churn/member-history";
import { holdoutMask } from "../../../src/churn/stratified-split";
import { serialFromCivilDate } from "../../../src/dates/civil-date";
import { linesOf, ordersTable, reference } from "./churn-fixture";

/*
 * Expected values from outside the TypeScript code: test/fixtures/churn/sklearn_reference.py computes the
 * features with pandas from the definitions, the split with its own xoshiro128** port, and fits
 * scikit-learn 1.2.1's LogisticRegression (L2, C = 1, newton-cholesky) and DecisionTreeClassifier on
 * orders.csv, calibration end 2024-09-30, horizon 90 days, holdout 0.3, seed 0 (versions in the README).
 */
const expected = reference().orders;
const lines = linesOf(ordersTable());
const calibrationEndSerial = serialFromCivilDate(2024, 9, 30);
const settings = { calibrationEndSerial, horizonDays: 90 };
const result = churnRisk(lines, settings);
const history = memberHistory(lines);

/** |actual − expected| ≤ tolerance × max(1, |expected|). */
const near = (actual: number, wanted: number, tolerance: number): void =>
  expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(wanted)));

describe("churn on orders.csv against pandas and scikit-learn", () => {
  it("computes every member's features as pandas does, at the calibration end and at the last date", () => {
    for (const [asOf, table] of [
      [calibrationEndSerial, expected.calibrationFeatures],
      [history.lastDay, expected.scoringFeatures],
    ] as const) {
      const matrix = memberFeatures(history, asOf);
      expect(matrix.features).toEqual(expected.features);
      const ids = Array.from(matrix.members, (member) => history.memberIds[member]);
      expect(ids).toEqual(Object.keys(table ?? {}));
      ids.forEach((id, row) => {
        const pandas = table?.[id as string] ?? [];
        pandas.forEach((value, column) =>
          near(matrix.values[row * pandas.length + column] as number, value, 1e-9),
        );
      });
    }
  });

  it("labels the members and draws the same stratified holdout as the Python port", () => {
    const matrix = memberFeatures(history, calibrationEndSerial);
    const labels = churnLabels(history, matrix.members, calibrationEndSerial, 90);
    const ids = Array.from(matrix.members, (member) => history.memberIds[member] as string);
    expect(Object.fromEntries(ids.map((id, row) => [id, labels[row]]))).toEqual(expected.labels);
    const mask = holdoutMask(labels, 0.3, 0);
    expect(ids.filter((_, row) => mask[row] === 1).sort()).toEqual(expected.holdout);
    expect([result.members, result.trainingMembers, result.holdoutMembers]).toEqual([
      expected.members,
      expected.trainingMembers,
      expected.holdoutMembers,
    ]);
    expect(result.churnShare).toBe(expected.churnShare);
  });

  it("fits scikit-learn's coefficients within 1e-4 on standardised features, and says it converged", () => {
    const { model } = result;
    expect(model.features).toEqual(expected.features);
    model.features.forEach((feature, index) => {
      near(model.means[index] as number, expected.means[feature] as number, 1e-12);
      near(model.standardDeviations[index] as number, expected.standardDeviations[feature] as number, 1e-12);
      expect(
        Math.abs((model.weights[index] as number) - (expected.coefficients[feature] as number)),
      ).toBeLessThan(1e-4);
    });
    expect(Math.abs(model.intercept - expected.intercept)).toBeLessThan(1e-4);
    expect(model).toMatchObject({
      kind: "logisticL2",
      inverseRegularization: 1,
      converged: true,
      dropped: [],
    });
    expect(model.iterations).toBeLessThanOrEqual(10);
    expect(model.gradientNorm).toBeLessThan(1e-8);
  });

  it("gives scikit-learn's holdout AUC, precision, recall and decile table", () => {
    near(result.holdout.auc, expected.auc, 1e-9);
    expect(result.holdout.metrics.precision).toBeCloseTo(expected.precision as number, 12);
    expect(result.holdout.metrics.recall).toBeCloseTo(expected.recall, 12);
    expect(result.holdout.deciles.map((row) => [row.decile, row.members])).toEqual(
      expected.deciles.map((row) => [row.decile, row.members]),
    );
    result.holdout.deciles.forEach((row, index) => {
      near(row.meanPredicted, expected.deciles[index]?.meanPredicted as number, 1e-7);
      expect(row.observedChurnShare).toBeCloseTo(expected.deciles[index]?.observedChurnShare as number, 12);
    });
  });

  it("scores every member as of the last date as scikit-learn's predict_proba does", () => {
    expect(result.scored.memberIds).toEqual(Object.keys(expected.probabilities ?? {}));
    result.scored.memberIds.forEach((id, row) =>
      near(result.scored.probabilities[row] as number, expected.probabilities?.[id] as number, 1e-7),
    );
  });

  it("grows a tree whose holdout AUC is one scikit-learn gives (its ties are broken by a random feature order)", () => {
    expect(result.tree.minLeafMembers).toBe(expected.treeMinLeafMembers);
    expect(expected.treeAucOverRandomStates.some((auc) => Math.abs(auc - result.tree.auc) < 1e-12)).toBe(
      true,
    );
  });

  it("fits =CHURN.PROBABILITY's four-feature model as scikit-learn does", () => {
    const { row, auc } = result.functionModel;
    const weights = ["recencyDays", "purchaseDays", "logSpend", "tenureDays"].map(
      (feature) => expected.functionModel.coefficients[feature] as number,
    );
    expect(Math.abs((row[0] as number) - expected.functionModel.intercept)).toBeLessThan(1e-4);
    weights.forEach((weight, index) =>
      expect(Math.abs((row[1 + index] as number) - weight)).toBeLessThan(1e-4),
    );
    near(auc, expected.functionModel.auc, 1e-9);
  });
});
