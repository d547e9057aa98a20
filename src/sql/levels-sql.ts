import { validateBreakpoints } from "../rfm/level";
import { STUDY_ORDER_COUNT_BREAKPOINTS, STUDY_SALES_BREAKPOINTS } from "../rfm/threshold-levels";
import type { SqlDialect } from "./dialect";
import { numberLiteral } from "./quote-literal";
import { rfmMemberCtes, RFM_SQL_COLUMNS, type RfmSqlSettings } from "./rfm-sql";
import type { SqlSource } from "./source";
import { composeStatement, type SqlStatement } from "./statement";

export interface LevelsSqlSettings extends RfmSqlSettings {
  /** Ascending breakpoints for frequency, highest band = level 0. @default STUDY_ORDER_COUNT_BREAKPOINTS */
  readonly orderCountBreakpoints?: readonly number[];
  /** Ascending breakpoints for monetary, highest band = level 0. @default STUDY_SALES_BREAKPOINTS */
  readonly salesBreakpoints?: readonly number[];
}

/** The columns of {@link levelsSql}'s result: R/F/M and the two study levels. */
export const LEVELS_SQL_COLUMNS = [...RFM_SQL_COLUMNS, "order_count_level", "sales_level"] as const;

/**
 * The member study's levels next to R/F/M (the core's studyLevels / thresholdLevels, order "desc"): a value at
 * or above the highest breakpoint is level 0, each breakpoint starts the band above it, so with [2, 3, 4, 7]
 * 7+ orders → 0, 4–6 → 1, 3 → 2, 2 → 3, 1 → 4, and with the sales breakpoints ≥150000 → 0 … <5000 → 6.
 *
 * Cost: as rfmSql.
 *
 * @throws CoreError BREAKPOINTS_EMPTY, BREAKPOINTS_NOT_ASCENDING, BREAKPOINT_NOT_FINITE and rfmSql's codes
 * @example
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date", amount: "revenue" } };
 * levelsSql("duckdb", source).columns
 * // ["member_id", "recency_days", "frequency", "monetary", "order_count_level", "sales_level"]
 * levelsSql("duckdb", source, { orderCountBreakpoints: [4, 2] }) // throws CoreError BREAKPOINTS_NOT_ASCENDING
 */
export function levelsSql(
  dialect: SqlDialect,
  source: SqlSource,
  settings: LevelsSqlSettings = {},
): SqlStatement {
  const orderCount = settings.orderCountBreakpoints ?? STUDY_ORDER_COUNT_BREAKPOINTS;
  const sales = settings.salesBreakpoints ?? STUDY_SALES_BREAKPOINTS;
  validateBreakpoints(orderCount);
  validateBreakpoints(sales);
  const { ctes, notes } = rfmMemberCtes(dialect, source, settings, "levels");
  const select = [
    "SELECT",
    `  ${RFM_SQL_COLUMNS.join(", ")},`,
    `  ${descendingLevel("frequency", orderCount)} AS order_count_level,`,
    `  ${descendingLevel("monetary", sales)} AS sales_level`,
    "FROM member_rfm",
    "ORDER BY member_id",
  ].join("\n");
  const levelNotes = [
    ...notes,
    `Levels: order_count_level from breakpoints ${orderCount.join(", ")}; sales_level from ${sales.join(", ")};`,
    "a value at or above a breakpoint belongs to the band that starts there; the highest band is level 0.",
  ];
  return { dialect, sql: composeStatement(dialect, levelNotes, ctes, select), columns: LEVELS_SQL_COLUMNS };
}

/** CASE giving 0 from the highest breakpoint up, 1 from the next one down, …, n below the lowest. */
function descendingLevel(column: string, breakpoints: readonly number[]): string {
  const cases = [...breakpoints]
    .reverse()
    .map((breakpoint, level) => `WHEN ${column} >= ${numberLiteral(breakpoint)} THEN ${level}`);
  return `CASE ${cases.join(" ")} ELSE ${breakpoints.length} END`;
}
