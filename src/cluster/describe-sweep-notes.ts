import type { Locale } from "../i18n/locale";
import { clusterMessages } from "../i18n/messages/cluster";
import type { ElbowSweepResult } from "./elbow-types";

/**
 * The data notes of an elbow sweep in the user's language, for the notes under the elbow table: constant
 * columns kept at 0 (1-based column numbers), k limited to the distinct rows, silhouettes on a sample.
 *
 * Cost: O(constant columns).
 *
 * @example
 * describeSweepNotes({ constantColumns: [], kMaxClamped: true, kMax: 3, silhouetteSampleRows: null, seed: 0 }, "en")
 * // ["The data have only 3 distinct rows, so k goes up to 3."]
 */
export function describeSweepNotes(
  sweep: Pick<ElbowSweepResult, "constantColumns" | "kMaxClamped" | "kMax" | "silhouetteSampleRows" | "seed">,
  locale: Locale,
): string[] {
  const notes = sweep.constantColumns.map((column) =>
    clusterMessages(locale, "constantColumn", { column: column + 1 }),
  );
  if (sweep.kMaxClamped) notes.push(clusterMessages(locale, "kMaxClamped", { distinct: sweep.kMax }));
  if (sweep.silhouetteSampleRows !== null) {
    notes.push(
      clusterMessages(locale, "silhouetteSampled", {
        rows: sweep.silhouetteSampleRows.toLocaleString("en"),
        seed: sweep.seed,
      }),
    );
  }
  return notes;
}
