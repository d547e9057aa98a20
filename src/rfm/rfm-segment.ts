import { CoreError } from "../errors";

/** The ten-segment RFM scheme plus "others" (no rule matched); an index is the segment's code. */
export const RFM_SEGMENTS = [
  "champions",
  "loyalCustomers",
  "potentialLoyalist",
  "newCustomers",
  "promising",
  "needAttention",
  "aboutToSleep",
  "atRisk",
  "cantLoseThem",
  "lost",
  "others",
] as const;

export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** Inclusive score ranges [lowest, highest] of one segment. */
export interface RfmSegmentRule {
  readonly segment: Exclude<RfmSegment, "others">;
  readonly recency: readonly [number, number];
  readonly frequency: readonly [number, number];
  readonly monetary: readonly [number, number];
}

/**
 * The segment rules of R's rfm package (vignette "RFM - Introduction" and the `rfm_segment` examples), for
 * 1–5 scores, in the package's order. `rfm_segment` gives a customer the first segment whose three ranges all
 * hold and "Others" when none does; so do we.
 */
export const RFM_PACKAGE_SEGMENT_RULES: readonly RfmSegmentRule[] = Object.freeze([
  { segment: "champions", recency: [5, 5], frequency: [5, 5], monetary: [5, 5] },
  { segment: "potentialLoyalist", recency: [3, 5], frequency: [3, 5], monetary: [2, 5] },
  { segment: "loyalCustomers", recency: [2, 4], frequency: [2, 4], monetary: [2, 4] },
  { segment: "promising", recency: [3, 4], frequency: [1, 3], monetary: [3, 5] },
  { segment: "newCustomers", recency: [4, 5], frequency: [1, 3], monetary: [1, 5] },
  { segment: "cantLoseThem", recency: [1, 2], frequency: [3, 4], monetary: [4, 5] },
  { segment: "atRisk", recency: [1, 2], frequency: [2, 5], monetary: [4, 5] },
  { segment: "needAttention", recency: [1, 3], frequency: [3, 5], monetary: [3, 5] },
  { segment: "aboutToSleep", recency: [2, 3], frequency: [1, 3], monetary: [1, 4] },
  { segment: "lost", recency: [1, 1], frequency: [1, 5], monetary: [1, 5] },
] as const satisfies readonly RfmSegmentRule[]);

/**
 * Segment of one R-F-M score triple: the first rule whose three inclusive ranges hold, else "others".
 *
 * Cost: O(rules).
 *
 * @throws CoreError SCORE_INVALID
 * @example rfmSegmentOf(5, 5, 5) // "champions"
 */
export function rfmSegmentOf(
  recencyScore: number,
  frequencyScore: number,
  monetaryScore: number,
  rules: readonly RfmSegmentRule[] = RFM_PACKAGE_SEGMENT_RULES,
): RfmSegment {
  for (const score of [recencyScore, frequencyScore, monetaryScore]) {
    if (!Number.isInteger(score) || score < 1) {
      throw new CoreError("SCORE_INVALID", `Scores must be whole numbers ≥ 1 (got ${String(score)})`);
    }
  }
  for (const rule of rules) {
    if (
      within(recencyScore, rule.recency) &&
      within(frequencyScore, rule.frequency) &&
      within(monetaryScore, rule.monetary)
    ) {
      return rule.segment;
    }
  }
  return "others";
}

/**
 * {@link rfmSegmentOf} per member, as indexes into {@link RFM_SEGMENTS}.
 *
 * Cost: O(n · rules).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, SCORE_INVALID
 * @example rfmSegments([5, 1], [5, 1], [5, 1]) // Uint8Array [0, 9] (champions, lost)
 */
export function rfmSegments(
  recencyScores: ArrayLike<number>,
  frequencyScores: ArrayLike<number>,
  monetaryScores: ArrayLike<number>,
  rules: readonly RfmSegmentRule[] = RFM_PACKAGE_SEGMENT_RULES,
): Uint8Array {
  const count = recencyScores.length;
  if (frequencyScores.length !== count || monetaryScores.length !== count) {
    throw new CoreError("COLUMN_LENGTH_MISMATCH", "The three score columns differ in length");
  }
  const codes = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const segment = rfmSegmentOf(
      recencyScores[index] as number,
      frequencyScores[index] as number,
      monetaryScores[index] as number,
      rules,
    );
    codes[index] = RFM_SEGMENTS.indexOf(segment);
  }
  return codes;
}

function within(score: number, range: readonly [number, number]): boolean {
  return score >= range[0] && score <= range[1];
}
