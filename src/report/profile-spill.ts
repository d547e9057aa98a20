import type { Locale } from "../i18n/locale";
import { profileText } from "../i18n/messages/profile";
import type { MemberProfile } from "../member/profile-types";
import { profileColumns, profileGroupRows, profileSummaryRows } from "./profile-rows";
import { MAX_SPILL_CELLS, requireSpillFits } from "./spill-limit";

/**
 * The table =MEMBER.PROFILE spills for a profile of one column: a header row ("Group", then the measures),
 * one row per group (the Profile sheet's group table), then the sheet's two summary rows (all members, the
 * top-5 GMV share). Empty cells are "" (a spilled null would show as 0).
 *
 * Cost: O(groups).
 *
 * @throws CoreError SPILL_TOO_LARGE when the table would exceed MAX_SPILL_CELLS
 * @example
 * import { memberProfile } from "../member/profile";
 * const profile = memberProfile({ memberIds: ["a", "b", "c"], amounts: [10, 30, 60], columns: [{ name: "Group", basis: "value", values: ["F", "F", null] }] });
 * profileSpill(profile, "en").map((row) => [row[0], row[6]]) // [["Group", "Share of GMV"], ["F", 0.4], ["Unknown", 0.6], ["All members", 1], ["Top 5 groups' share of GMV (Top5 消費區域占比)", 0.4]]
 */
export function profileSpill(profile: MemberProfile, locale: Locale): unknown[][] {
  const [dimension] = profile.dimensions;
  if (dimension === undefined) return [];
  const columns = profileColumns(profileText(locale, "col.group"), locale);
  const rowCount = dimension.groups.length + 3;
  requireSpillFits(
    rowCount * columns.length,
    () =>
      `MEMBER.PROFILE would spill ${rowCount} rows × ${columns.length} columns (over ${MAX_SPILL_CELLS} cells): use the task pane's Members tab or the command line (commerce-analytics profile)`,
  );
  const body = [...profileGroupRows(dimension, locale), ...profileSummaryRows(profile, dimension, locale)];
  return [columns.map((column) => column.header), ...body.map((row) => row.map((cell) => cell ?? ""))];
}
