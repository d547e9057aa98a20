import { quantileScores, scoresFromEdges, type QuantileEdgeRule } from "../../src/rfm/quantile-scores";

/** =RFM.SCORE's numbers after the function read its cells (blank and bad value cells already left out). */
export interface RfmScoreRequest {
  /** The value cells that hold numbers, in row-major order; the function puts the scores back in place. */
  readonly values: Float64Array;
  /** all_values' numbers (blanks and desktop's trailing blank 0s left out). */
  readonly allValues: Float64Array;
  readonly binCount: number;
  readonly higherIsBetter: boolean;
  readonly edgeRule: QuantileEdgeRule;
}

/**
 * The quantile scores of =RFM.SCORE: edges from all_values (R rfm's rule or the plain quantiles), then the score
 * of each value against them. The inline path of the function runs this same job, so both give one answer.
 *
 * Cost: O(n log n) for the quantiles of n all_values, O(m · bins) for m values.
 *
 * @throws CoreError BIN_COUNT_INVALID, QUANTILE_NO_VALUES, VALUE_NOT_FINITE
 */
export function rfmScoreJob(request: RfmScoreRequest): Int32Array {
  const { binCount, higherIsBetter, edgeRule } = request;
  const { edges } = quantileScores(request.allValues, { binCount, higherIsBetter, edgeRule });
  return scoresFromEdges(request.values, edges, higherIsBetter);
}
