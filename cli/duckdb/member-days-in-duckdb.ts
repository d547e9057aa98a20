import type { DatedMemberColumns } from "../../src/analysis/member-columns";
import type { UpstreamRows } from "../../src/analysis/upstream-rows";
import type { CategoryCycleColumns } from "../../src/member/cycle-by-category";
import type { RegistrationColumns } from "../../src/member/member-overview";
import { dayOf } from "../../src/sql/date-arithmetic";
import { memberLineCtes, memberOrdersCte } from "../../src/sql/member-lines";
import { requiredColumn, tableReference, type SqlSource } from "../../src/sql/source";
import { composeStatement } from "../../src/sql/statement";
import { idKeyOf } from "../../src/sql/text-expressions";
import { excelSerialFromEpochMs } from "../../src/table/excel-serial";
import type { DuckDbSession } from "./duckdb-session";

// The member analyses' rows reduced in DuckDB by the generated SQL's own CTEs (src/sql/member-lines.ts, the
// first steps of `sql --analysis cycle` and `sql --analysis cohorts`): one row per member and purchase day,
// which is all the purchase cycle and the cohorts read of a member's orders. The core then runs on these rows,
// so per-member results (purchase days, last purchase, months active) and the quartiles come from the core.
// Rows come ordered by member id, so members are listed by id (as rfm's are), the same on every run.

/**
 * Rows of the file and rows the member analyses leave out (no member id, "0" included, or no order date), counted
 * in DuckDB as the core counts them (readDatedOrders).
 */
export async function memberLineAccounting(
  session: DuckDbSession,
  source: SqlSource,
  forWhat: string,
): Promise<UpstreamRows> {
  const [sourceLines] = memberLineCtes("duckdb", source, { forWhat, amount: false, orderKey: "none" });
  const sql = composeStatement(
    "duckdb",
    ["Rows read, and rows without a member id or an order date."],
    sourceLines === undefined ? [] : [sourceLines],
    "SELECT COUNT(*), COUNT(*) FILTER (WHERE member_key IS NULL OR order_day IS NULL)\nFROM source_lines",
  );
  const [read = 0, skipped = 0] = ((await session.query(sql)).rows[0] ?? []).map(Number);
  return { readRowCount: read, skippedRows: skipped };
}

/**
 * One row per member and purchase day: an order (the lines of one order id) on the day of its earliest line, as
 * the core's readDatedOrders dates it (the purchase_days step of cycleSql).
 */
export async function memberPurchaseDays(
  session: DuckDbSession,
  source: SqlSource,
  forWhat: string,
): Promise<DatedMemberColumns> {
  const withOrderKey = source.columns.orderId !== undefined;
  const lines = memberLineCtes("duckdb", source, {
    forWhat,
    amount: false,
    orderKey: withOrderKey ? "optional" : "none",
  });
  const sql = composeStatement(
    "duckdb",
    ["One row per member and purchase day."],
    [...lines, memberOrdersCte(withOrderKey)],
    "SELECT DISTINCT member_key, order_day\nFROM member_orders\nORDER BY member_key, order_day",
  );
  const [memberIds = [], days = []] = (await session.queryColumns(sql)).values;
  return { memberIds: memberIds.map(String), orderDates: days.map(serialOfDate) };
}

/**
 * One row per member, day and category of the lines with a category (each line dated by itself, as
 * purchaseCycleByCategory reads them); undefined without a category column or when no line has one (the core
 * then leaves the categories out).
 */
export async function memberCategoryDays(
  session: DuckDbSession,
  source: SqlSource,
  forWhat: string,
): Promise<CategoryCycleColumns | undefined> {
  if (source.columns.category === undefined) return undefined;
  const lines = memberLineCtes("duckdb", source, {
    forWhat,
    amount: false,
    orderKey: "none",
    category: true,
  });
  const sql = composeStatement(
    "duckdb",
    ["One row per member, purchase day and category."],
    lines,
    "SELECT DISTINCT member_key, order_day, category_key\nFROM usable_lines\nWHERE category_key IS NOT NULL\nORDER BY member_key, order_day, category_key",
  );
  const [memberIds = [], days = [], categories = []] = (await session.queryColumns(sql)).values;
  if (memberIds.length === 0) return undefined;
  return {
    memberIds: memberIds.map(String),
    orderDates: days.map(serialOfDate),
    categories: categories.map(String),
  };
}

/**
 * Each member's earliest registration day (the core's member overview reads the earliest month); undefined
 * without a registration date column or when no row has one.
 */
export async function memberRegistrations(
  session: DuckDbSession,
  source: SqlSource,
  forWhat: string,
): Promise<RegistrationColumns | undefined> {
  if (source.columns.registrationDate === undefined) return undefined;
  const member = idKeyOf("duckdb", requiredColumn("duckdb", source, "memberId", forWhat));
  const registration = dayOf("duckdb", requiredColumn("duckdb", source, "registrationDate", forWhat));
  const sql = composeStatement(
    "duckdb",
    ["Each member's earliest registration day."],
    [
      {
        name: "registrations",
        body: `SELECT ${member} AS member_key, ${registration} AS registration_day\nFROM ${tableReference("duckdb", source)}`,
      },
    ],
    [
      "SELECT member_key, MIN(registration_day)",
      "FROM registrations",
      "WHERE member_key IS NOT NULL AND registration_day IS NOT NULL",
      "GROUP BY member_key",
      "ORDER BY member_key",
    ].join("\n"),
  );
  const [memberIds = [], days = []] = (await session.queryColumns(sql)).values;
  if (memberIds.length === 0) return undefined;
  return { memberIds: memberIds.map(String), registrationDates: days.map(serialOfDate) };
}

/** A DuckDB DATE (a JavaScript Date at UTC midnight) as an Excel serial; anything else as no date. */
function serialOfDate(value: unknown): number | null {
  return value instanceof Date ? excelSerialFromEpochMs(value.getTime()) : null;
}
