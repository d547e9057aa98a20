import type { ClusterOrderKey, NumericMatrix } from "../cluster";
import { CoreError } from "../errors";
import { rfmQuantileScores, studyLevels, thresholdLevels, type MemberRfm } from "../rfm";

/**
 * What k-means clusters:
 * - "study": the member study's levels, sales level then order-count level (0 = best; 7 and 5 levels).
 * - "quantile": the R rfm package's 1–5 scores, monetary, frequency, recency (5 = best).
 * - "custom": levels from the user's own ascending breakpoints for amount and order count (0 = best).
 */
export type SegmentScoring = "study" | "quantile" | "custom";

export interface CustomBreakpoints {
  readonly monetary: readonly number[];
  readonly frequency: readonly number[];
}

export type SegmentFeatureKey =
  "salesLevel" | "orderCountLevel" | "monetaryScore" | "frequencyScore" | "recencyScore";

export interface SegmentFeatures {
  readonly matrix: NumericMatrix;
  readonly featureKeys: readonly SegmentFeatureKey[];
  /** Clusters are numbered best spenders first: by the monetary feature, then the frequency feature. */
  readonly orderBy: readonly ClusterOrderKey[];
  readonly levels?: { readonly orderCountLevel: Int32Array; readonly salesLevel: Int32Array };
  readonly scores?: {
    readonly recency: Int32Array;
    readonly frequency: Int32Array;
    readonly monetary: Int32Array;
  };
}

/**
 * The matrix k-means runs on, one row per member, for a scoring choice.
 *
 * Cost: O(n) for levels, O(n log n) for quantile scores.
 *
 * @throws CoreError CUSTOM_BREAKPOINTS_MISSING, and the codes of the level and score functions
 * @example
 * import { rfmFromMemberTable } from "../rfm";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b"], recencyDays: [3, 200], frequency: [7, 1], monetary: [8000, 90] });
 * segmentFeatures(members, "study").featureKeys // ["salesLevel", "orderCountLevel"]
 */
export function segmentFeatures(
  members: MemberRfm,
  scoring: SegmentScoring,
  custom?: CustomBreakpoints,
): SegmentFeatures {
  const count = members.frequency.length;
  if (scoring === "quantile") {
    const scores = rfmQuantileScores(members);
    const data = new Float64Array(count * 3);
    for (let row = 0; row < count; row++) {
      data[row * 3] = scores.monetary.scores[row] as number;
      data[row * 3 + 1] = scores.frequency.scores[row] as number;
      data[row * 3 + 2] = scores.recency.scores[row] as number;
    }
    return {
      matrix: { data, rows: count, columns: 3 },
      featureKeys: ["monetaryScore", "frequencyScore", "recencyScore"],
      orderBy: [
        { column: 0, direction: "desc" },
        { column: 1, direction: "desc" },
      ],
      scores: {
        recency: scores.recency.scores,
        frequency: scores.frequency.scores,
        monetary: scores.monetary.scores,
      },
    };
  }
  let levels: { orderCountLevel: Int32Array; salesLevel: Int32Array };
  if (scoring === "custom") {
    if (custom === undefined) {
      throw new CoreError("CUSTOM_BREAKPOINTS_MISSING", "Custom scoring needs breakpoints");
    }
    levels = {
      salesLevel: thresholdLevels(members.monetary, custom.monetary, "desc"),
      orderCountLevel: thresholdLevels(members.frequency, custom.frequency, "desc"),
    };
  } else {
    levels = studyLevels(members);
  }
  const data = new Float64Array(count * 2);
  for (let row = 0; row < count; row++) {
    data[row * 2] = levels.salesLevel[row] as number;
    data[row * 2 + 1] = levels.orderCountLevel[row] as number;
  }
  return {
    matrix: { data, rows: count, columns: 2 },
    featureKeys: ["salesLevel", "orderCountLevel"],
    // Level 0 is the best band, so ascending levels put the best spenders in cluster 1.
    orderBy: [
      { column: 0, direction: "asc" },
      { column: 1, direction: "asc" },
    ],
    levels,
  };
}
