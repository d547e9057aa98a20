/**
 * Issue 11, item 6: a user-facing message names roles in the user's language, never by their key. Each member
 * analysis is run on order lines without a member column; the worded message must hold the role's name as the
 * Intake sheet shows it (Member ID / 會員編號 / 会员编号, written out here) and no camelCase identifier.
 */
import { bgnbdAnalysis } from "../../../../src/analysis/clv-bgnbd";
import { simpleClvAnalysis } from "../../../../src/analysis/clv-simple";
import { channelAnalysis } from "../../../../src/analysis/channel";
import { churnAnalysis } from "../../../../src/analysis/churn";
import { cohortsAnalysis } from "../../../../src/analysis/cohorts";
import type { AnalysisContext } from "../../../../src/analysis/context";
import { cycleAnalysis } from "../../../../src/analysis/cycle";
import { paretoAnalysis } from "../../../../src/analysis/pareto";
import { rfmAnalysis } from "../../../../src/analysis/rfm";
import { segmentAnalysis } from "../../../../src/analysis/segment";
import { sensitivityAnalysis } from "../../../../src/analysis/sensitivity";
import { timingAnalysis } from "../../../../src/analysis/timing";
import { isCoreError } from "../../../../src/errors";
import type { Locale } from "../../../../src/i18n/locale";
import { inputErrorText } from "../../../../src/i18n/messages/input-errors";
import { tableFromGrid } from "../../../../src/table/table-from-grid";
import type { Table } from "../../../../src/table/types";

const NO_MEMBER = (): Table =>
  tableFromGrid({
    values: [
      ["Order ID", "Order Date", "Amount", "Coupon", "Channel"],
      ["O1", "2021-01-04", 120, 10, "App"],
      ["O2", "2021-02-04", 80, 0, "Web"],
      ["O3", "2021-03-04", 60, 5, "App"],
    ],
  });

const MEMBER_ID: Readonly<Record<Locale, string>> = {
  en: "Member ID",
  "zh-TW": "會員編號",
  "zh-CN": "会员编号",
};
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/;

const ANALYSES: readonly [string, (table: Table, context: AnalysisContext) => unknown][] = [
  ["segment", (table, context) => segmentAnalysis(table, {}, context)],
  ["rfm", (table, context) => rfmAnalysis(table, {}, context)],
  ["clv", (table, context) => simpleClvAnalysis(table, {}, context)],
  ["bgnbd", (table, context) => bgnbdAnalysis({ kind: "orders", table }, {}, context)],
  ["cycle", cycleAnalysis],
  ["timing", timingAnalysis],
  ["cohorts", cohortsAnalysis],
  ["channel", channelAnalysis],
  ["pareto", (table, context) => paretoAnalysis(table, {}, context)],
  ["sensitivity", (table, context) => sensitivityAnalysis(table, {}, context)],
  ["churn", (table, context) => churnAnalysis(table, {}, context)],
];

function wordedError(run: () => unknown, locale: Locale): string | null {
  try {
    run();
  } catch (error) {
    if (!isCoreError(error)) throw error;
    expect(error.code).toBe("MISSING_COLUMN");
    return inputErrorText(locale, error);
  }
  throw new Error("expected MISSING_COLUMN");
}

describe.each<Locale>(["en", "zh-TW", "zh-CN"])("a missing member column, worded in %s", (locale) => {
  const context: AnalysisContext = {
    locale,
    runRecord: { inputAddress: "A1", rowCount: 3, parameters: {}, engineVersion: "test", timestampIso: "" },
  };
  it.each(ANALYSES)("%s names the role, not its key", (_, analysis) => {
    const message = wordedError(() => analysis(NO_MEMBER(), context), locale);
    expect(message).toContain(MEMBER_ID[locale]);
    expect(message).not.toMatch(CAMEL_CASE);
    expect(message).not.toContain("memberId");
  });
});

describe("inputErrorText", () => {
  it("words Segment's missing order date as the pane shows it", () => {
    const error = { code: "MISSING_COLUMN", details: { argument: "orderDate", input: "segment" } };
    expect(inputErrorText("en", error)).toBe(
      "Segment needs a column for Order date, and none was recognised: choose it.",
    );
    expect(inputErrorText("zh-TW", error)).toBe("會員分群需要「訂單日期」欄位，但未辨識到：請指定。");
    expect(inputErrorText("zh-CN", error)).toBe("会员分群需要“订单日期”列，但未识别到：请指定。");
  });

  it("words a column read as the wrong type", () => {
    const error = {
      code: "COLUMN_TYPE_MISMATCH",
      details: { argument: "amount", column: "Sales", value: "text", bound: "number", input: "rfm" },
    };
    expect(inputErrorText("en", error)).toBe(
      "RFM scoring needs the Amount column “Sales” to hold number values (it was read as text).",
    );
  });

  it("leaves other codes to the door", () => {
    expect(inputErrorText("en", { code: "K_INVALID", details: {} })).toBeNull();
  });
});
