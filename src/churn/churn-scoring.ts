import { predictRows, modelScaling } from "./churn-model";
import { topReasons } from "./churn-reasons";
import type { AtRiskMember, ChurnLogisticModel } from "./churn-types";
import { standardizedRows } from "./feature-scaling";
import { memberFeatures } from "./member-features";
import type { MemberHistory } from "./member-history";

/** Every member's churn probability as of a day, and those at or above the threshold with reasons. */
export interface ChurnScoring {
  readonly memberIds: readonly string[];
  readonly probabilities: Float64Array;
  readonly atRisk: readonly AtRiskMember[];
}

/**
 * Scores every member with a purchase on or before `asOfDay` (the last date in the data): the features are
 * recomputed as of that day from all their lines, standardised with the training means and standard
 * deviations, and passed through the fitted model. Members at or above `threshold` are listed highest first
 * (ties in member order) with their top reasons (churn-reasons.ts).
 *
 * Cost: O(lines + members × features).
 */
export function scoreMembers(
  history: MemberHistory,
  model: ChurnLogisticModel,
  asOfDay: number,
  threshold: number,
): ChurnScoring {
  const matrix = memberFeatures(history, asOfDay);
  const probabilities = predictRows(model, matrix);
  const scaling = modelScaling(model, matrix);
  const design = standardizedRows(matrix, scaling);
  const modelWidth = model.features.length;
  const width = matrix.features.length;
  const spendColumn = model.features.indexOf("logSpend");
  const averages = model.means.map((mean, index) => (index === spendColumn ? inverseLogSpend(mean) : mean));
  const flagged = Array.from(probabilities.keys())
    .filter((row) => (probabilities[row] as number) >= threshold)
    .sort((a, b) => (probabilities[b] as number) - (probabilities[a] as number) || a - b);
  const atRisk = flagged.map((row): AtRiskMember => {
    const standardized = design.subarray(row * modelWidth, (row + 1) * modelWidth);
    const raw = (column: number): number => matrix.values[row * width + column] as number;
    const display = scaling.columns.map((column, index) =>
      index === spendColumn ? (matrix.spend[row] as number) : raw(column),
    );
    return {
      memberId: history.memberIds[matrix.members[row] as number] as string,
      probability: probabilities[row] as number,
      recencyDays: raw(matrix.features.indexOf("recencyDays")),
      purchaseDays: raw(matrix.features.indexOf("purchaseDays")),
      spend: matrix.spend[row] as number,
      reasons: topReasons(model.features, model.weights, standardized, display, averages),
    };
  });
  return {
    memberIds: Array.from(matrix.members, (member) => history.memberIds[member] as string),
    probabilities,
    atRisk,
  };
}

/** The spend S with sign(S) ln(1 + |S|) = logSpend: the typical spend behind a mean log spend. */
function inverseLogSpend(logSpend: number): number {
  return Math.sign(logSpend) * Math.expm1(Math.abs(logSpend));
}
