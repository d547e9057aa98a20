import type { ChurnAnalysisResult } from "../../src/analysis/churn";
import type { CalibrationDecile } from "../../src/churn/calibration-deciles";
import type { ChurnFeature } from "../../src/churn/churn-features";
import { isoFromExcelSerial } from "../../src/table/excel-serial";

/** One reason of a scored member: the feature, the member's value (spend for logSpend), the training average. */
export interface ChurnReasonJson {
  readonly feature: ChurnFeature;
  readonly value: number;
  readonly average: number;
  /** Coefficient × standardised value: its part of the log-odds of churning. */
  readonly contribution: number;
}

/** `churn --json`: the document, plus the standardisation, the function row and the run's facts. */
export interface ChurnJson {
  /** ISO dates. */
  readonly calibrationEnd: string;
  readonly lastDate: string;
  readonly horizonDays: number;
  readonly members: number;
  readonly churnShare: number;
  readonly trainingMembers: number;
  readonly holdoutMembers: number;
  readonly model: {
    readonly kind: "logisticL2";
    readonly C: number;
    /** Weight per standardised feature. */
    readonly coefficients: Readonly<Partial<Record<ChurnFeature, number>>>;
    readonly intercept: number;
    readonly means: Readonly<Partial<Record<ChurnFeature, number>>>;
    readonly standardDeviations: Readonly<Partial<Record<ChurnFeature, number>>>;
    readonly droppedFeatures: readonly ChurnFeature[];
    readonly converged: boolean;
    readonly iterations: number;
    readonly gradientNorm: number;
  };
  readonly holdout: {
    readonly auc: number;
    readonly precision: number | null;
    readonly recall: number | null;
    readonly threshold: number;
    readonly deciles: readonly CalibrationDecile[];
  };
  readonly tree: { readonly auc: number; readonly maxDepth: number; readonly leaves: number };
  /** =CHURN.PROBABILITY's 13 numbers and that four-feature model's holdout AUC. */
  readonly functionModel: { readonly coefficientsRow: readonly number[]; readonly auc: number };
  /** Members at or above the threshold as of lastDate, highest first. */
  readonly scored: readonly {
    readonly memberId: string;
    readonly probability: number;
    readonly reasons: readonly ChurnReasonJson[];
  }[];
  readonly skippedRows: number;
}

/** The --json document of a churn run. */
export function churnJson(result: ChurnAnalysisResult): ChurnJson {
  const { churn } = result;
  const { model, holdout, tree } = churn;
  const byFeature = (values: readonly number[]) =>
    Object.fromEntries(model.features.map((feature, index) => [feature, values[index] as number]));
  return {
    calibrationEnd: isoFromExcelSerial(churn.calibrationEndDay),
    lastDate: isoFromExcelSerial(churn.lastDay),
    horizonDays: churn.horizonDays,
    members: churn.members,
    churnShare: churn.churnShare,
    trainingMembers: churn.trainingMembers,
    holdoutMembers: churn.holdoutMembers,
    model: {
      kind: model.kind,
      C: model.inverseRegularization,
      coefficients: byFeature(model.weights),
      intercept: model.intercept,
      means: byFeature(model.means),
      standardDeviations: byFeature(model.standardDeviations),
      droppedFeatures: model.dropped,
      converged: model.converged,
      iterations: model.iterations,
      gradientNorm: model.gradientNorm,
    },
    holdout: {
      auc: holdout.auc,
      precision: holdout.metrics.precision,
      recall: holdout.metrics.recall,
      threshold: churn.threshold,
      deciles: holdout.deciles,
    },
    tree: { auc: tree.auc, maxDepth: tree.maxDepth, leaves: tree.leaves },
    functionModel: { coefficientsRow: churn.functionModel.row, auc: churn.functionModel.auc },
    scored: churn.atRisk.map((member) => ({
      memberId: member.memberId,
      probability: member.probability,
      // The reasons as they are: a ChurnReason is {feature, value, average, contribution}, in that order, and
      // a copy of every at-risk member's three was 30 MB at 1M lines (issue 14).
      reasons: member.reasons,
    })),
    skippedRows: result.rowsSkipped,
  };
}
