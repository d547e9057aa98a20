import type { Locale } from "../i18n/locale";
import { profileText } from "../i18n/messages/profile";
import type { MemberProfile, ProfileDimension } from "../member/profile-types";
import { serialDayToIsoDate } from "../table/excel-serial";
import { profileCrossTabTable } from "./profile-cross-tab-table";
import { profileColumns, profileGroupHeader, profileGroupRows, profileSummaryRows } from "./profile-rows";
import type { ChartSpec, ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * The Profile sheet (用戶畫像): per profiled column a table of its groups ("profile.groups.1", ".2") with
 * the definitions and data notes, a summary table (all members, the top-5 GMV share), and two clustered
 * column charts of the groups, each with both axis titles: share of members beside share of GMV, and AOV. (The issue asks for GMV share
 * and AOV in one chart; a chart spec has one value axis, on which a share of at most 1 beside an AOV in the
 * hundreds would draw as nothing, so AOV has its own chart.) With two columns, the cross-tab of GMV shares
 * follows.
 *
 * @example
 * import { memberProfile } from "../member/profile";
 * const profile = memberProfile({ memberIds: ["a", "b"], amounts: [10, 30], columns: [{ name: "City", basis: "value", values: ["Taipei", "Tainan"] }] });
 * const runRecord = { inputAddress: "A1:C3", rowCount: 2, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const sheet = profileSheet(profile, "zh-TW", runRecord);
 * [sheet.baseName, sheet.tables.map((table) => table.id), sheet.charts.length] // ["用戶畫像", ["profile.groups.1", "profile.summary.1"], 2]
 */
export function profileSheet(profile: MemberProfile, locale: Locale, runRecord: RunRecord): ResultSheet {
  const tables: ReportTable[] = [];
  const charts: ChartSpec[] = [];
  profile.dimensions.forEach((dimension, index) => {
    const groupsId = `profile.groups.${index + 1}`;
    const header = profileGroupHeader(dimension, locale);
    const columns = profileColumns(header, locale);
    tables.push(
      {
        id: groupsId,
        title: profileText(locale, "groupsTitle", { column: header }),
        notes: [
          ...(index === 0 ? generalNotes(profile, locale) : []),
          ...dimensionNotes(profile, dimension, locale),
        ],
        columns,
        rows: profileGroupRows(dimension, locale),
      },
      {
        id: `profile.summary.${index + 1}`,
        title: profileText(locale, "summaryTitle"),
        columns,
        rows: profileSummaryRows(profile, dimension, locale),
      },
    );
    charts.push(
      {
        kind: "columnClustered",
        title: profileText(locale, "gmvShareChart", { column: header }),
        tableId: groupsId,
        xColumn: "group",
        yColumns: ["memberShare", "gmvShare"],
        xAxisTitle: header,
        yAxisTitle: profileText(locale, "shareAxis"),
      },
      {
        kind: "columnClustered",
        title: profileText(locale, "aovChart", { column: header }),
        tableId: groupsId,
        xColumn: "group",
        yColumns: ["aov"],
        xAxisTitle: header,
        yAxisTitle: profileText(locale, "col.aov"),
      },
    );
  });
  if (profile.crossTab !== null) tables.push(profileCrossTabTable(profile, locale));
  return { baseName: profileText(locale, "sheetName"), tables, charts, runRecord };
}

function generalNotes(profile: MemberProfile, locale: Locale): string[] {
  const notes = [profileText(locale, "definitions"), profileText(locale, "top5Note")];
  if (profile.skippedLines > 0)
    notes.push(profileText(locale, "skippedNote", { count: profile.skippedLines }));
  if (profile.blankAmountLines > 0)
    notes.push(profileText(locale, "blankAmountNote", { count: profile.blankAmountLines }));
  return notes;
}

function dimensionNotes(profile: MemberProfile, dimension: ProfileDimension, locale: Locale): string[] {
  const column = dimension.name;
  const notes: string[] = [];
  if (dimension.basis === "firstOrder") notes.push(profileText(locale, "firstOrderNote", { column }));
  if (dimension.basis === "birthday" && profile.asOfSerial !== null) {
    notes.push(profileText(locale, "ageNote", { asOf: serialDayToIsoDate(profile.asOfSerial) }));
  }
  if (dimension.basis === "age") notes.push(profileText(locale, "ageColumnNote"));
  if (dimension.conflictingMembers > 0) {
    notes.push(profileText(locale, "conflictNote", { count: dimension.conflictingMembers, column }));
  }
  if (dimension.invalidAgeMembers > 0) {
    notes.push(profileText(locale, "invalidAgeNote", { count: dimension.invalidAgeMembers }));
  }
  return notes;
}
