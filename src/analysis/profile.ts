import { DEFAULT_AGE_BANDS } from "../member/age-bands";
import { memberProfile } from "../member/profile";
import { profileGroupValue } from "../member/profile-group-key";
import type { MemberProfile, ProfileGroup } from "../member/profile-types";
import { profileSheet } from "../report/profile-sheet";
import { serialDayToIsoDate } from "../table/excel-serial";
import { requireColumn } from "../table/column-access";
import { optionalDates, optionalKeys, requiredKeys } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { profileColumnsOf } from "./profile-columns";
import { requireAcceptedShape } from "./input-shapes";

export interface ProfileSettings {
  /** One or two columns to profile by, by name or header (matched as column flags are). */
  readonly by: readonly string[];
  /** Lower edges of the age bands in whole years, ascending. @default [18, 25, 35, 45, 55] */
  readonly ageBands?: readonly number[];
  /** The day ages from birthdays are counted on (Excel serial). @default the day after the latest order */
  readonly asOfSerial?: number;
}

export const PROFILE_DEFAULTS = { ageBands: DEFAULT_AGE_BANDS } as const satisfies Partial<ProfileSettings>;

export interface ProfileResult {
  readonly profile: MemberProfile;
  /** The profiled columns' names as the table has them. */
  readonly by: readonly string[];
  /** Table rows: all, with a member id (used), without (skipped). */
  readonly rows: { readonly read: number; readonly used: number; readonly skipped: number };
  readonly facts: ProfileFacts;
}

/** The numbers behind the pane's summary in words. */
export interface ProfileFacts {
  readonly analysis: "profile";
  readonly by: string;
  readonly groupCount: number;
  /** The group with the most GMV (its --json value; null when that is Unknown). */
  readonly topGroup: string | null;
  readonly topGroupGmvShare: number | null;
  /** That group's members and their share of all members (null when there is no group). */
  readonly topGroupMembers: number | null;
  readonly topGroupMemberShare: number | null;
  readonly top5GmvShare: number | null;
}

/**
 * Member profile (用戶畫像) of an order-line table by one or two of its columns (see memberProfile for the
 * definitions). The member and amount columns are required, order ids and order dates are used when the
 * table has them. How a column groups members follows its role: a birthday (date) or age (number) column is
 * banded by age, a category column counts on the member's first order, any other column is a member
 * attribute (its latest value); numbers, dates and TRUE/FALSE group as the text the Intake sheet shows.
 *
 * Cost: O(rows + members × bands + groups log groups).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), UNKNOWN_COLUMN (details.argument "by"), MISSING_COLUMN (memberId, amount),
 *   COLUMN_TYPE_MISMATCH, and memberProfile's codes
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Member ID", "Order ID", "Amount", "性別"], ["a", "o1", 100, "F"], ["a", "o2", 50, "F"], ["b", "o3", 30, "M"]] });
 * const runRecord = { inputAddress: "A1:D4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * profileAnalysis(table, { by: ["性別"] }, { locale: "en", runRecord }).result.facts
 * // { analysis: "profile", by: "性別", groupCount: 2, topGroup: "F", topGroupGmvShare: 0.8333…, topGroupMembers: 1, topGroupMemberShare: 0.5, top5GmvShare: 1 }
 */
export function profileAnalysis(
  table: Table,
  settings: ProfileSettings,
  context: AnalysisContext,
): AnalysisRun<ProfileResult> {
  requireAcceptedShape(table, "profile");
  const forWhat = "memberProfile";
  const ageBands = settings.ageBands ?? PROFILE_DEFAULTS.ageBands;
  const columns = profileColumnsOf(table, settings.by);
  const profile = memberProfile(
    {
      memberIds: requiredKeys(table, "memberId", forWhat),
      // The column's own values, not a copy: profileLines only reads them (8 MB at 1M lines, issue 14).
      amounts: requireColumn(table, "amount", forWhat, "number").values,
      ...optional("orderIds", optionalKeys(table, "orderId")),
      ...optional("orderDates", optionalDates(table, "orderDate", forWhat)),
      columns,
    },
    { ageBands, ...(settings.asOfSerial === undefined ? {} : { asOfSerial: settings.asOfSerial }) },
  );
  const by = columns.map((column) => column.name);
  const [first] = profile.dimensions;
  const top = first?.groups.reduce<ProfileGroup | undefined>(
    (best, group) => (best === undefined || group.gmv > best.gmv ? group : best),
    undefined,
  );
  const result: ProfileResult = {
    profile,
    by,
    rows: { read: table.rowCount, used: profile.usedLines, skipped: profile.skippedLines },
    facts: {
      analysis: "profile",
      by: by[0] ?? "",
      groupCount: first?.groups.length ?? 0,
      topGroup: top === undefined ? null : profileGroupValue(top.key),
      topGroupGmvShare: top?.gmvShare ?? null,
      topGroupMembers: top?.members ?? null,
      topGroupMemberShare: top?.memberShare ?? null,
      top5GmvShare: first?.top5GmvShare ?? null,
    },
  };
  const parameters = {
    by: by.join(", "),
    ageBands: ageBands.join(", "),
    ...(settings.asOfSerial === undefined ? {} : { asOf: serialDayToIsoDate(settings.asOfSerial) }),
  };
  return {
    result,
    sheets: lazily(() => [
      profileSheet(profile, context.locale, analysisRunRecord(table, context, "profile", parameters)),
    ]),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
