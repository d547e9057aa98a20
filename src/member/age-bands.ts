import { CoreError } from "../errors";
import type { ProfileGroupKey } from "./profile-types";

/** The default bands' lower edges: 18-24, 25-34, 35-44, 45-54, 55+ (the member template's age bands). */
export const DEFAULT_AGE_BANDS: readonly number[] = [18, 25, 35, 45, 55];

/** Ages above this (years) are taken for typing errors and put in Unknown, as are ages below 0. */
export const MAX_AGE_YEARS = 150;

/**
 * Checks age bands given as their lower edges: band i holds fromᵢ ≤ age < fromᵢ₊₁, the last band is open
 * (55+), and ages below the first edge form their own group. Edges are whole years from 0 to 150, strictly
 * ascending, at least one.
 *
 * Cost: O(edges).
 *
 * @throws CoreError AGE_BANDS_EMPTY, AGE_BAND_INVALID (details.value: the edge), AGE_BANDS_NOT_ASCENDING
 *   (details.value: the edge, details.bound: the edge before it); details.argument "ageBands"
 * @example validateAgeBands([18, 25, 35, 45, 55]) // undefined
 * @example validateAgeBands([18, 35, 25]) // throws CoreError AGE_BANDS_NOT_ASCENDING
 */
export function validateAgeBands(edges: readonly number[]): void {
  const argument = "ageBands";
  if (edges.length === 0) {
    throw new CoreError("AGE_BANDS_EMPTY", "At least one age band is needed", { argument });
  }
  edges.forEach((edge, index) => {
    if (!Number.isInteger(edge) || edge < 0 || edge > MAX_AGE_YEARS) {
      throw new CoreError(
        "AGE_BAND_INVALID",
        `Age band edge ${String(edge)} is not a whole number of years from 0 to ${MAX_AGE_YEARS}`,
        { argument, value: edge, bound: MAX_AGE_YEARS },
      );
    }
    const previous = edges[index - 1];
    if (previous !== undefined && edge <= previous) {
      throw new CoreError(
        "AGE_BANDS_NOT_ASCENDING",
        `Age band edges must ascend, but ${edge} follows ${previous}`,
        { argument, value: edge, bound: previous },
      );
    }
  });
}

/**
 * The group of an age in whole (or fractional) years under validated band edges: its band, the ages below
 * the first band, or Unknown for no age or an impossible one (below 0, above 150).
 *
 * Cost: O(edges).
 *
 * @example ageGroupKey(24.5, [18, 25]) // { kind: "ageBand", fromYears: 18, toYears: 25 }
 * @example ageGroupKey(60, [18, 25]) // { kind: "ageBand", fromYears: 25, toYears: null }
 * @example ageGroupKey(17, [18, 25]) // { kind: "belowBands", toYears: 18 }
 * @example ageGroupKey(-1, [18, 25]) // { kind: "unknown" }
 */
export function ageGroupKey(ageYears: number | null, edges: readonly number[]): ProfileGroupKey {
  if (ageYears === null || !(ageYears >= 0 && ageYears <= MAX_AGE_YEARS)) return { kind: "unknown" };
  const first = edges[0] as number;
  if (ageYears < first) return { kind: "belowBands", toYears: first };
  let band = 0;
  while (band + 1 < edges.length && ageYears >= (edges[band + 1] as number)) band++;
  return { kind: "ageBand", fromYears: edges[band] as number, toYears: edges[band + 1] ?? null };
}
