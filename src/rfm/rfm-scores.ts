import type { MemberRfm } from "./member-rfm";
import { quantileScores, type QuantileEdgeRule, type QuantileScores } from "./quantile-scores";

export interface RfmQuantileScoreOptions {
  /** Scores per dimension. @default 5 */
  readonly binCount?: number;
  /** @default "rfmPackage" (see {@link QuantileEdgeRule}) */
  readonly edgeRule?: QuantileEdgeRule;
}

/** Quantile scores for the three dimensions, each with the edges used. */
export interface RfmQuantileScores {
  /** Reversed: the fewest days since the last order score highest. */
  readonly recency: QuantileScores;
  readonly frequency: QuantileScores;
  readonly monetary: QuantileScores;
}

/**
 * R, F and M quantile scores 1..binCount as R's rfm package computes them in `rfm_table_order` (5 bins, edges at
 * type-7 quantiles 0.2, 0.4, 0.6, 0.8 plus one, [lower, upper) bins, recency reversed).
 *
 * Cost: three O(n log n) quantile passes.
 *
 * @throws CoreError BIN_COUNT_INVALID, QUANTILE_NO_VALUES, VALUE_NOT_FINITE
 * @example
 * import { rfmFromMemberTable } from "./rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b", "c", "d", "e"], recencyDays: [10, 20, 30, 40, 50],
 *   frequency: [1, 2, 3, 4, 5], monetary: [100, 200, 300, 400, 500] });
 * const scores = rfmQuantileScores(members);
 * scores.recency.quantiles // [18, 26, 34, 42] (type 7 at 0.2, 0.4, 0.6, 0.8)
 * scores.recency.edges // [19, 27, 35, 43] (plus one, as R rfm)
 * scores.recency.scores // Int32Array [5, 4, 3, 2, 1] (the fewest days score highest)
 */
export function rfmQuantileScores(
  members: Pick<MemberRfm, "recencyDays" | "frequency" | "monetary">,
  options: RfmQuantileScoreOptions = {},
): RfmQuantileScores {
  const shared = { binCount: options.binCount ?? 5, edgeRule: options.edgeRule ?? "rfmPackage" } as const;
  return {
    recency: quantileScores(members.recencyDays, { ...shared, higherIsBetter: false }),
    frequency: quantileScores(members.frequency, { ...shared, higherIsBetter: true }),
    monetary: quantileScores(members.monetary, { ...shared, higherIsBetter: true }),
  };
}
