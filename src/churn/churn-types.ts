import type { CalibrationDecile } from "./calibration-deciles";
import type { ChurnFeature } from "./churn-features";
import type { ChurnReason } from "./churn-reasons";
import type { ProbabilityBin } from "./probability-histogram";
import type { ThresholdMetrics } from "./threshold-metrics";

/** The fitted logistic model on standardised features. */
export interface ChurnLogisticModel {
  readonly kind: "logisticL2";
  /** scikit-learn's C: the fit minimises ½‖w‖² + C Σ log-loss. */
  readonly inverseRegularization: number;
  /** The features used, in order; each has a weight, a training mean and a standard deviation. */
  readonly features: readonly ChurnFeature[];
  readonly weights: readonly number[];
  readonly intercept: number;
  readonly means: readonly number[];
  readonly standardDeviations: readonly number[];
  /** Constant among the training members, so left out. */
  readonly dropped: readonly ChurnFeature[];
  readonly converged: boolean;
  readonly iterations: number;
  readonly gradientNorm: number;
}

/** A member at or above the threshold as of the last date, with the top reasons. */
export interface AtRiskMember {
  readonly memberId: string;
  readonly probability: number;
  readonly recencyDays: number;
  readonly purchaseDays: number;
  readonly spend: number;
  readonly reasons: readonly ChurnReason[];
}

/** Everything churnRisk found: the model, its holdout evaluation, the tree, and the scored members. */
export interface ChurnRiskResult {
  readonly calibrationEndDay: number;
  readonly horizonDays: number;
  /** The first and last purchase day in the data; members are scored as of the last. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly threshold: number;
  readonly holdoutShare: number;
  readonly seed: number;
  /** Members with a purchase on or before the calibration end, and how many of them churned. */
  readonly members: number;
  readonly churned: number;
  readonly churnShare: number;
  readonly trainingMembers: number;
  readonly holdoutMembers: number;
  readonly model: ChurnLogisticModel;
  readonly holdout: {
    readonly auc: number;
    readonly metrics: ThresholdMetrics;
    readonly deciles: readonly CalibrationDecile[];
  };
  readonly tree: {
    readonly auc: number;
    readonly maxDepth: number;
    readonly leaves: number;
    readonly minLeafMembers: number;
  };
  /** =CHURN.PROBABILITY's four-feature model: its coefficients row and holdout AUC. */
  readonly functionModel: {
    readonly row: readonly number[];
    readonly auc: number;
    readonly converged: boolean;
    readonly iterations: number;
    readonly dropped: readonly ChurnFeature[];
  };
  /** Every member, scored as of lastDay: ids and probabilities in member order, and their histogram. */
  readonly scored: {
    readonly memberIds: readonly string[];
    readonly probabilities: Float64Array;
    readonly histogram: readonly ProbabilityBin[];
  };
  /** Members with probability ≥ threshold, highest first. */
  readonly atRisk: readonly AtRiskMember[];
}
