import type { RfmCountBy } from "../../src/analysis/rfm";
import { CoreError } from "../../src/errors";
import { NO_SKIPPED_ROWS, type MemberRfm } from "../../src/rfm/member-rfm";
import { resolveAsOfDay } from "../../src/rfm/order-line-checks";
import { memberLineCtes } from "../../src/sql/member-lines";
import { rfmSql } from "../../src/sql/rfm-sql";
import type { SqlSource } from "../../src/sql/source";
import { composeStatement } from "../../src/sql/statement";
import type { DuckDbSession } from "./duckdb-session";

/** R/F/M per member aggregated by DuckDB, with the rows read (before any was left out). */
export interface DuckDbRfm {
  readonly members: MemberRfm;
  readonly readRowCount: number;
  readonly countBy: RfmCountBy;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/**
 * R, F and M per member computed in DuckDB by the generated SQL (src/sql/rfm-sql.ts, the statement `sql
 * --analysis rfm` prints), over a source whose roles the core's table builder recognised. The rows left out
 * are counted in DuckDB under the core's reasons and precedence (rfmFromOrders: blank member id, then no
 * date, then no amount, then blank order id), and the as-of day is checked by the core's own rule. Members come
 * ordered by id (the core keeps first-appearance order; a file streamed through DuckDB has no cheap one).
 *
 * @throws CoreError NO_USABLE_ORDER_ROWS, AS_OF_BEFORE_LAST_ORDER, AS_OF_NOT_A_DATE, MISSING_COLUMN
 */
export async function rfmInDuckDb(
  session: DuckDbSession,
  source: SqlSource,
  settings: { readonly asOfSerial?: number; readonly countBy?: RfmCountBy },
): Promise<DuckDbRfm> {
  const countBy = settings.countBy ?? (source.columns.orderId === undefined ? "days" : "orders");
  const withOrder = countBy === "orders";
  const lines = memberLineCtes("duckdb", source, {
    forWhat: "rfm",
    amount: true,
    orderKey: withOrder ? "required" : "none",
  });
  const reasons = [
    "member_key IS NULL",
    "order_day IS NULL",
    "amount IS NULL",
    ...(withOrder ? ["order_key IS NULL"] : []),
  ];
  // Each row under its first reason, as the core counts it.
  const counts = reasons.map(
    (reason, index) =>
      `COUNT(*) FILTER (WHERE ${[...reasons.slice(0, index).map((earlier) => `NOT (${earlier})`), reason].join(" AND ")})`,
  );
  const usable = reasons.map((reason) => `NOT (${reason})`).join(" AND ");
  const accounting = composeStatement(
    "duckdb",
    ["Rows read and left out, and the latest usable order day."],
    lines.slice(0, 1),
    `SELECT COUNT(*), ${counts.join(", ")}, MAX(order_day) FILTER (WHERE ${usable})\nFROM source_lines`,
  );
  const row = (await session.query(accounting)).rows[0] ?? [];
  const [readRowCount, blankMemberId, unparseableDate, missingAmount, blankOrderId = 0] = row
    .slice(0, reasons.length + 1)
    .map(Number) as number[];
  const latest = row[reasons.length + 1];
  const skippedRows = {
    ...NO_SKIPPED_ROWS,
    blankMemberId: blankMemberId ?? 0,
    unparseableDate: unparseableDate ?? 0,
    missingAmount: missingAmount ?? 0,
    blankOrderId,
  };
  if (!(latest instanceof Date)) {
    throw new CoreError(
      "NO_USABLE_ORDER_ROWS",
      `rfmFromOrders: none of the ${readRowCount ?? 0} rows is usable (blank member id ${skippedRows.blankMemberId}, unparseable date ${skippedRows.unparseableDate}, missing amount ${skippedRows.missingAmount}, blank order id ${blankOrderId})`,
    );
  }
  const asOfDay = resolveAsOfDay(
    "rfm",
    settings.asOfSerial,
    latest.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL,
  );
  const statement = rfmSql("duckdb", source, { asOfSerial: asOfDay, countBy });
  const { values } = await session.queryColumns(statement.sql);
  const [ids = [], recency = [], orders = [], sums = []] = values;
  const recencyDays = Float64Array.from(recency, Number);
  const memberIds = ids.map(String); // the key as text, as the core's column reader reads every id column
  const lastOrderSerial = recencyDays.map((days) => asOfDay - days);
  const usedRowCount =
    (readRowCount ?? 0) - Object.values(skippedRows).reduce((sum, count) => sum + count, 0);
  return {
    members: {
      memberIds,
      recencyDays,
      frequency: Float64Array.from(orders, Number),
      monetary: Float64Array.from(sums, Number),
      lastOrderSerial,
      asOfSerial: asOfDay,
      asOfSource: settings.asOfSerial === undefined ? "dayAfterLatestOrder" : "given",
      usedRowCount,
      skippedRows,
    },
    readRowCount: readRowCount ?? 0,
    countBy,
  };
}
