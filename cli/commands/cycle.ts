import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { purchaseCycleByCategory, type CategoryCycle } from "../../src/member/cycle-by-category";
import type { CycleHistogramBin } from "../../src/member/cycle-histogram";
import { purchaseCycleSummary, type PurchaseCycleSummary } from "../../src/member/cycle-summary";
import { cycleSheet } from "../../src/report/member-cycle";
import type { ResultSheet } from "../../src/report/types";
import { isoFromExcelSerial } from "../../src/table/excel-serial";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { optionalKeys } from "../../src/table/column-reader";
import { dateValues, loadMemberInput, memberRunRecord, type MemberInput } from "./member-input";
import { sheetsText } from "./sheet-text";

export interface CycleResult {
  readonly input: MemberInput;
  readonly summary: PurchaseCycleSummary;
  /** Per category, when the table has a category column with values. */
  readonly categories: readonly CategoryCycle[] | undefined;
}

export interface CycleJson {
  readonly summary: {
    /** Members with a dated order; the statistics cover membersWithCycle of them. */
    readonly members: number;
    readonly membersWithCycle: number;
    readonly singleDayMembers: number;
    readonly mean: number;
    readonly min: number;
    readonly q1: number;
    readonly median: number;
    readonly q3: number;
    readonly max: number;
    readonly lapsedAfterDays: number;
    readonly skippedRows: number;
  };
  readonly members: readonly {
    readonly memberId: string;
    readonly purchaseDays: number;
    /** "yyyy-mm-dd". */
    readonly lastPurchaseDate: string;
    readonly cycleDays: number | null;
  }[];
  readonly histogram: readonly CycleHistogramBin[];
  readonly categories: readonly CategoryCycle[] | null;
}

/** `cycle --input FILE`: purchase cycle per member and its mean, quartiles and lapsed-after threshold. */
export const cycleCommand = defineCommand<CycleResult>({
  usage: [
    "cycle --input FILE [--member COL] [--date COL] [--order COL] [--category COL] [--json] [--out FILE.xlsx]",
    "",
    "Cycle = days between a member's last two distinct purchase days (quartiles: Excel QUARTILE.INC, R type 7).",
    "--json prints {summary: {members, membersWithCycle, singleDayMembers, mean, min, q1, median, q3, max,",
    "lapsedAfterDays, skippedRows}, members: [{memberId, purchaseDays, lastPurchaseDate, cycleDays (null: one",
    "purchase day)}], histogram: [{lowerDays, upperDays, members, memberShare, openEnded}], categories: [...] | null}.",
  ].join("\n"),
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS },
  async run(args) {
    const input = await loadMemberInput(args, "cycle");
    const { table } = input.loaded;
    const orderDates = dateValues(table, "cycle");
    const summary = purchaseCycleSummary({
      memberIds: input.memberIds,
      orderIds: input.orderIds,
      orderDates,
    });
    const categories = optionalKeys(table, "category");
    return {
      input,
      summary,
      categories:
        categories === undefined ? undefined : cyclesByCategory(input.memberIds, orderDates, categories),
    };
  },
  toJson({ summary, categories }): CycleJson {
    const { stats } = summary;
    return {
      summary: {
        members: summary.memberCount,
        membersWithCycle: summary.membersWithCycle,
        singleDayMembers: summary.singleDayMembers,
        mean: stats.mean,
        min: stats.min,
        q1: stats.q1,
        median: stats.median,
        q3: stats.q3,
        max: stats.max,
        lapsedAfterDays: summary.lapsedAfterDays,
        skippedRows: summary.skippedRows,
      },
      members: summary.members.map((member) => ({
        memberId: member.memberId,
        purchaseDays: member.purchaseDays,
        lastPurchaseDate: isoFromExcelSerial(member.lastPurchaseDaySerial),
        cycleDays: member.cycleDays,
      })),
      histogram: summary.histogram,
      categories: categories ?? null,
    };
  },
  renderText: (result, locale) => sheetsText(cycleSheets(result, locale), [result.input.loaded.inputAddress]),
  resultSheets: cycleSheets,
});

function cycleSheets({ input, summary, categories }: CycleResult, locale: Locale): ResultSheet[] {
  return [cycleSheet(summary, locale, memberRunRecord(input), categories)];
}

/** Cycles per category; a category column without any value is treated as absent. */
function cyclesByCategory(
  memberIds: MemberInput["memberIds"],
  orderDates: readonly (number | null)[],
  categories: MemberInput["memberIds"],
): CategoryCycle[] | undefined {
  try {
    return purchaseCycleByCategory({ memberIds, orderDates, categories });
  } catch (error) {
    if (isCoreError(error) && error.code === "NO_CATEGORIES") return undefined;
    throw error;
  }
}
