import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { profileText } from "../i18n/messages/profile";
import type { MemberProfile } from "../member/profile-types";
import { PROFILE_FORMATS, profileGroupHeader, profileGroupLabel } from "./profile-rows";
import type { ReportCell, ReportTable } from "./types";

/**
 * The cross-tab of a two-column profile ("profile.crossTab"): the first column's groups down, the second's
 * across (keys "c1", "c2", …, then "total"), each cell the share of all GMV, a Total column (the row's share)
 * and a Total row (each column's share); the cells are a heat map.
 *
 * @throws CoreError INVALID_RESULT_SHEET for a profile of one column (it has no cross-tab)
 * @example
 * import { memberProfile } from "../member/profile";
 * const profile = memberProfile({ memberIds: ["a", "b"], amounts: [10, 30], columns: [
 *   { name: "Gender", basis: "value", values: ["F", "M"] }, { name: "Category", basis: "value", values: ["Toys", "Toys"] }] });
 * profileCrossTabTable(profile, "en").rows // [["M", 0.75, 0.75], ["F", 0.25, 0.25], ["Total", 1, 1]]
 */
export function profileCrossTabTable(profile: MemberProfile, locale: Locale): ReportTable {
  const [rowDimension, columnDimension] = profile.dimensions;
  const crossTab = profile.crossTab;
  if (rowDimension === undefined || columnDimension === undefined || crossTab === null) {
    throw new CoreError(
      "INVALID_RESULT_SHEET",
      "A profile of two columns is needed (this one has no cross-tab)",
    );
  }
  const rowsHeader = profileGroupHeader(rowDimension, locale);
  const columnsHeader = profileGroupHeader(columnDimension, locale);
  const cellKeys = crossTab.columnKeys.map((_, index) => `c${index + 1}`);
  const total = profileText(locale, "col.total");
  const rows: ReportCell[][] = crossTab.rowKeys.map((key, row) => [
    profileGroupLabel(key, locale),
    ...(crossTab.gmvShare[row] ?? []),
    crossTab.rowTotals[row] ?? null,
  ]);
  rows.push([total, ...crossTab.columnTotals, profile.totals.gmv > 0 ? 1 : null]);
  return {
    id: "profile.crossTab",
    title: profileText(locale, "crossTabTitle", { rows: rowsHeader, columns: columnsHeader }),
    notes: [profileText(locale, "crossTabNote")],
    columns: [
      { key: "group", header: rowsHeader, numberFormat: PROFILE_FORMATS.text },
      ...crossTab.columnKeys.map((key, index) => ({
        key: cellKeys[index] as string,
        header: profileGroupLabel(key, locale),
        numberFormat: PROFILE_FORMATS.share,
      })),
      { key: "total", header: total, numberFormat: PROFILE_FORMATS.share },
    ],
    rows,
    heatmapColumns: cellKeys,
  };
}
