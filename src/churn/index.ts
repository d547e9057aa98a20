/** Churn risk (流失預測): features, label, split, logistic regression, CART tree, evaluation and scoring. */
export { churnRisk } from "./churn-risk";
export { CHURN_DEFAULTS, resolveChurnSettings } from "./churn-settings";
export type { ChurnSettings, ResolvedChurnSettings } from "./churn-settings";
export type { AtRiskMember, ChurnLogisticModel, ChurnRiskResult } from "./churn-types";
export { CHURN_FEATURES, FUNCTION_FEATURES, signedLogSpend } from "./churn-features";
export type { ChurnFeature } from "./churn-features";
export type { ChurnOrderLines } from "./member-history";
export type { ChurnReason } from "./churn-reasons";
export type { CalibrationDecile } from "./calibration-deciles";
export type { ProbabilityBin } from "./probability-histogram";
export {
  checkCoefficientRow,
  COEFFICIENT_ROW_LENGTH,
  coefficientRowOf,
  probabilityFromRow,
} from "./coefficient-row";
export type { FunctionInputs } from "./coefficient-row";
export { fitLogisticL2, logistic } from "./logistic-regression";
export { fitDecisionTree, predictTree } from "./decision-tree";
export { rocAuc } from "./roc-auc";
