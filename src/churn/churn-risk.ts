import { calibrationDeciles } from "./calibration-deciles";
import { FUNCTION_FEATURES } from "./churn-features";
import { checkedCalibrationEnd, checkedChurnCount } from "./churn-checks";
import { churnLabels } from "./churn-labels";
import { fitChurnModel, modelScaling, predictRows } from "./churn-model";
import { scoreMembers } from "./churn-scoring";
import { resolveChurnSettings, type ChurnSettings } from "./churn-settings";
import type { ChurnLogisticModel, ChurnRiskResult } from "./churn-types";
import { coefficientRowOf } from "./coefficient-row";
import { fitDecisionTree, predictTree, TREE_DEFAULTS } from "./decision-tree";
import { standardizedRows } from "./feature-scaling";
import { memberFeatures, type MemberFeatureMatrix } from "./member-features";
import { memberHistory, type ChurnOrderLines, type MemberHistory } from "./member-history";
import { probabilityHistogram } from "./probability-histogram";
import { rocAuc } from "./roc-auc";
import { holdoutMask } from "./stratified-split";
import { thresholdMetrics } from "./threshold-metrics";

/**
 * Churn risk (流失預測): which members will buy nothing in the next N days. The label comes from the data:
 * members with a purchase on or before the calibration end who buy nothing in the N days after it churned.
 * Features as of the calibration end (churn-features.ts), a stratified seeded holdout (stratified-split.ts),
 * an L2 logistic regression on standardised features (logistic-regression.ts, scikit-learn's objective with
 * C = 1) and a depth-3 CART tree (decision-tree.ts) fitted on the rest; the holdout gives AUC, precision and
 * recall at the threshold and a decile calibration table. Every member is then scored as of the last date in
 * the data (features recomputed there, the calibration model applied) and those at or above the threshold
 * are listed with their top reasons. A second model on recency, frequency, spend and tenure alone gives the
 * coefficients row of =CHURN.PROBABILITY.
 *
 * Cost: O(lines log lines + iterations × members × features²); CDNOW's 69,659 lines take about 0.2 s.
 *
 * @throws CoreError the settings' codes (resolveChurnSettings), memberHistory's, CHURN_HORIZON_PAST_DATA
 *   (calibration end + horizon after the last date; details.value the horizon's end, bound the last date,
 *   ISO), NO_CUSTOMERS_BEFORE_END (nobody bought on or before the calibration end), CHURN_NO_CHURNERS,
 *   CHURN_NO_SURVIVORS, CHURN_TOO_FEW_MEMBERS (fewer than 2 churned or 2 stayed: the split needs one of each
 *   on each side; details.argument "churned" or "stayed"), CHURN_FEATURES_CONSTANT
 * @example
 * import { cdnowTable, linesOf } from "../../test/src/churn/churn-fixture";
 * import { serialFromCivilDate } from "../dates/civil-date";
 * const calibrationEndSerial = serialFromCivilDate(1997, 12, 31);
 * const result = churnRisk(linesOf(cdnowTable()), { calibrationEndSerial, horizonDays: 180 });
 * [result.members, result.trainingMembers, result.holdoutMembers] // [23570, 16499, 7071]
 * result.holdout.auc // 0.8096 (scikit-learn 1.2.1 on the same features and split: 0.80958)
 */
export function churnRisk(lines: ChurnOrderLines, settings: ChurnSettings = {}): ChurnRiskResult {
  return churnRiskOfHistory(memberHistory(lines), settings);
}

/**
 * {@link churnRisk} from the lines grouped by member (memberHistory): a caller that builds the lines only to
 * group them lets them go before the models are fitted (issue 14: churn's peak memory at 1M lines).
 *
 * @throws CoreError as churnRisk, but memberHistory's
 */
export function churnRiskOfHistory(history: MemberHistory, settings: ChurnSettings = {}): ChurnRiskResult {
  const { horizonDays, threshold, holdoutShare, seed, calibrationEndSerial } = resolveChurnSettings(settings);
  const calibrationEndDay = checkedCalibrationEnd(history, calibrationEndSerial, horizonDays);
  const calibration = memberFeatures(history, calibrationEndDay);
  const labels = churnLabels(history, calibration.members, calibrationEndDay, horizonDays);
  const churned = checkedChurnCount(labels);
  const mask = holdoutMask(labels, holdoutShare, seed);
  const isTraining = (row: number): boolean => mask[row] === 0;
  const isHoldout = (row: number): boolean => mask[row] === 1;
  const trainingLabels = labels.filter((_, row) => isTraining(row));
  const holdoutLabels = labels.filter((_, row) => isHoldout(row));
  const model = fitChurnModel(calibration, isTraining, trainingLabels);
  const holdoutProbabilities = predictRows(model, calibration, isHoldout);
  const functionModel = fitChurnModel(calibration, isTraining, trainingLabels, FUNCTION_FEATURES);
  const scoring = scoreMembers(history, model, history.lastDay, threshold);
  return {
    calibrationEndDay,
    horizonDays,
    firstDay: history.firstDay,
    lastDay: history.lastDay,
    threshold,
    holdoutShare,
    seed,
    members: labels.length,
    churned,
    churnShare: churned / labels.length,
    trainingMembers: trainingLabels.length,
    holdoutMembers: holdoutLabels.length,
    model,
    holdout: {
      auc: rocAuc(holdoutProbabilities, holdoutLabels),
      metrics: thresholdMetrics(holdoutProbabilities, holdoutLabels, threshold),
      deciles: calibrationDeciles(holdoutProbabilities, holdoutLabels),
    },
    tree: treeEvaluation(model, calibration, isTraining, isHoldout, trainingLabels, holdoutLabels),
    functionModel: {
      row: coefficientRowOf(functionModel),
      auc: rocAuc(predictRows(functionModel, calibration, isHoldout), holdoutLabels),
      converged: functionModel.converged,
      iterations: functionModel.iterations,
      dropped: functionModel.dropped,
    },
    scored: {
      memberIds: scoring.memberIds,
      probabilities: scoring.probabilities,
      histogram: probabilityHistogram(scoring.probabilities),
    },
    atRisk: scoring.atRisk,
  };
}

function treeEvaluation(
  model: ChurnLogisticModel,
  calibration: MemberFeatureMatrix,
  isTraining: (row: number) => boolean,
  isHoldout: (row: number) => boolean,
  trainingLabels: Uint8Array,
  holdoutLabels: Uint8Array,
): ChurnRiskResult["tree"] {
  const scaling = modelScaling(model, calibration);
  const width = scaling.features.length;
  const tree = fitDecisionTree(standardizedRows(calibration, scaling, isTraining), trainingLabels, width);
  const holdout = standardizedRows(calibration, scaling, isHoldout);
  const probabilities = Float64Array.from({ length: holdoutLabels.length }, (_, row) =>
    predictTree(tree, holdout.subarray(row * width, (row + 1) * width)),
  );
  return {
    auc: rocAuc(probabilities, holdoutLabels),
    maxDepth: TREE_DEFAULTS.maxDepth,
    leaves: tree.leaves,
    minLeafMembers: tree.minLeafMembers,
  };
}
