import { CoreError } from "../errors";
import { quantilesType7 } from "./quantile";

/**
 * How bin edges follow from the quantiles Q(1/n) .. Q((n−1)/n):
 * - "rfmPackage": edge = Q + 1, as R's rfm package (`bins()` in R/utils.R, versions 0.2–0.3) does. On whole
 *   numbers (days, order counts) this puts a value equal to a quantile in the lower bin; on amounts it shifts
 *   the edge by one currency unit, so it suits amounts in units, not thousands.
 * - "quantile": edge = Q, so a value equal to a quantile goes to the upper bin.
 */
export type QuantileEdgeRule = "rfmPackage" | "quantile";

export interface QuantileScoreOptions {
  /** Number of scores (bins), 2..100. @default 5 */
  readonly binCount?: number;
  /** True: the highest values score binCount. False (recency): the lowest values do. @default true */
  readonly higherIsBetter?: boolean;
  /** @default "rfmPackage" */
  readonly edgeRule?: QuantileEdgeRule;
}

/** Quantile scores of a column and the edges that produced them. */
export interface QuantileScores {
  /** 1..binCount per value. */
  readonly scores: Int32Array;
  /** binCount − 1 ascending edges: bins are [−∞, e1), [e1, e2), …, [e_last, +∞) in value order. */
  readonly edges: readonly number[];
  /** The type-7 quantiles at 1/binCount .. (binCount−1)/binCount the edges came from. */
  readonly quantiles: readonly number[];
  readonly binCount: number;
  readonly higherIsBetter: boolean;
  readonly edgeRule: QuantileEdgeRule;
}

/**
 * Quantile scores 1..binCount: edges from R type-7 quantiles (= Excel PERCENTILE.INC) at 1/n .. (n−1)/n (plus
 * one under the default "rfmPackage" rule), bins as [lower, upper) intervals, the bin index counted from the
 * low end (higherIsBetter) or the high end (recency: fewer days → higher score). Tied quantiles leave a bin
 * empty rather than splitting equal values, as R rfm does.
 *
 * Cost: O(n log n) for the quantiles, then O(n · bins).
 *
 * @throws CoreError BIN_COUNT_INVALID, QUANTILE_NO_VALUES, VALUE_NOT_FINITE
 * @example quantileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { edgeRule: "quantile" }).scores
 * // Int32Array [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]  (edges 2.8, 4.6, 6.4, 8.2)
 */
export function quantileScores(
  values: ArrayLike<number>,
  options: QuantileScoreOptions = {},
): QuantileScores {
  const binCount = options.binCount ?? 5;
  const higherIsBetter = options.higherIsBetter ?? true;
  const edgeRule = options.edgeRule ?? "rfmPackage";
  if (!Number.isInteger(binCount) || binCount < 2 || binCount > 100) {
    throw new CoreError(
      "BIN_COUNT_INVALID",
      `The number of score bins must be a whole number from 2 to 100 (got ${binCount})`,
    );
  }
  const probabilities = Array.from({ length: binCount - 1 }, (_, index) => (index + 1) / binCount);
  const quantiles = quantilesType7(values, probabilities);
  const edges = quantiles.map((quantile) => (edgeRule === "rfmPackage" ? quantile + 1 : quantile));
  return {
    scores: scoresFromEdgesChecked(values, edges, higherIsBetter),
    edges,
    quantiles,
    binCount,
    higherIsBetter,
    edgeRule,
  };
}

/**
 * Scores against given ascending edges (custom thresholds, like R rfm's `recency_bins = c(115, 181, 297, 482)`):
 * score = 1 + number of edges ≤ value when higherIsBetter, else edges.length + 1 − that number.
 *
 * Cost: O(n · edges).
 *
 * @throws CoreError EDGES_NOT_ASCENDING, VALUE_NOT_FINITE
 * @example scoresFromEdges([3, 4, 7, 8], [4, 5, 6, 8]) // Int32Array [1, 2, 4, 5]
 */
export function scoresFromEdges(
  values: ArrayLike<number>,
  edges: readonly number[],
  higherIsBetter = true,
): Int32Array {
  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index] as number;
    if (!Number.isFinite(edge) || (index > 0 && edge < (edges[index - 1] as number))) {
      throw new CoreError(
        "EDGES_NOT_ASCENDING",
        `The score edges must be finite and ascending (edge ${index + 1})`,
      );
    }
  }
  return scoresFromEdgesChecked(values, edges, higherIsBetter);
}

function scoresFromEdgesChecked(
  values: ArrayLike<number>,
  edges: readonly number[],
  higherIsBetter: boolean,
): Int32Array {
  const scores = new Int32Array(values.length);
  const edgeCount = edges.length;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!Number.isFinite(value)) {
      throw new CoreError("VALUE_NOT_FINITE", `Value ${index + 1} is not a finite number`);
    }
    let atOrBelow = 0;
    while (atOrBelow < edgeCount && (edges[atOrBelow] as number) <= value) atOrBelow++;
    scores[index] = higherIsBetter ? atOrBelow + 1 : edgeCount + 1 - atOrBelow;
  }
  return scores;
}
