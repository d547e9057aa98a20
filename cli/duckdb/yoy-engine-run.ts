import { yoyAnalysisOfSummary, type YoySettings } from "../../src/analysis/yoy";
import { dayOf } from "../../src/sql/date-arithmetic";
import { dateLiteral } from "../../src/sql/quote-literal";
import { requiredColumn, tableReference, type SqlSource } from "../../src/sql/source";
import { composeStatement } from "../../src/sql/statement";
import { yoySql } from "../../src/sql/yoy-sql";
import { excelSerialFromEpochMs } from "../../src/table/excel-serial";
import type { Period } from "../../src/yoy/period";
import type { PeriodFigures } from "../../src/yoy/period-figures";
import { yoySummaryOfFigures, type YoySummary } from "../../src/yoy/yoy-summary";
import type { CommandArgs } from "../command";
import type { CommandRun } from "../commands/analysis-input";
import type { DuckDbSession } from "./duckdb-session";
import { runWithDuckDb, type EngineColumns } from "./engine-run";

/**
 * `yoy --engine duckdb`: DuckDB sums GMV, orders, customers and units per period with the yoy SQL (`sql
 * --analysis yoy`), and counts each period's rows and first and last day (the partial-period guard's input);
 * the core then derives aov, the % changes, the notes and the guard's warnings (yoySummaryOfFigures) and builds
 * the same sheet.
 *
 * @throws CliError (see runWithDuckDb); CoreError YOY_PERIOD_EMPTY, MISSING_COLUMN
 */
export async function yoyWithDuckDb(
  args: CommandArgs,
  settings: YoySettings,
): Promise<CommandRun<YoySummary>> {
  const columns = {
    forWhat: "yoy",
    required: ["orderDate", "amount"],
    types: { orderDate: "date", amount: "number", quantity: "number" },
  } as const satisfies EngineColumns;
  return runWithDuckDb(args, columns, async ({ session, file, source, context }) => {
    const { rows } = await session.query(yoySql("duckdb", source, settings).sql);
    const metric = (name: string, column: 1 | 2): number =>
      Number(rows.find((row) => row[0] === name)?.[column] ?? 0);
    const coverage = await periodCoverages(session, source, [settings.current, settings.previous]);
    const figures = (column: 1 | 2, index: 0 | 1): PeriodFigures => ({
      coverage: coverage[index] as PeriodFigures["coverage"],
      gmv: metric("gmv", column),
      distinctOrders: metric("orders", column),
      distinctCustomers: metric("customers", column),
      units: metric("units", column),
    });
    const present = {
      orderKeys: source.columns.orderId !== undefined,
      memberKeys: source.columns.memberId !== undefined,
      units: source.columns.quantity !== undefined,
    };
    const summary = yoySummaryOfFigures(figures(1, 0), figures(2, 1), present, settings.toleranceDays);
    const readRowCount = await rowCount(session, source);
    const runContext = context(readRowCount);
    return {
      input: { loaded: { inputAddress: file }, context: runContext },
      run: yoyAnalysisOfSummary(summary, settings, readRowCount, runContext),
    };
  });
}

/** Each period's rows (dated inside it, both ends included) and first and last day, as periodCoverage. */
async function periodCoverages(
  session: DuckDbSession,
  source: SqlSource,
  periods: readonly Period[],
): Promise<PeriodFigures["coverage"][]> {
  const day = dayOf("duckdb", requiredColumn("duckdb", source, "orderDate", "yoy"));
  const inPeriod = (period: Period) =>
    `FILTER (WHERE order_day BETWEEN ${dateLiteral("duckdb", period.fromSerial)} AND ${dateLiteral("duckdb", period.toSerial)})`;
  const sql = composeStatement(
    "duckdb",
    ["Rows, first and last day in each period."],
    [{ name: "dated_rows", body: `SELECT ${day} AS order_day\nFROM ${tableReference("duckdb", source)}` }],
    `SELECT ${periods
      .map(
        (period) =>
          `COUNT(*) ${inPeriod(period)}, MIN(order_day) ${inPeriod(period)}, MAX(order_day) ${inPeriod(period)}`,
      )
      .join(",\n  ")}\nFROM dated_rows`,
  );
  const row = (await session.query(sql)).rows[0] ?? [];
  const serial = (value: unknown) => (value instanceof Date ? excelSerialFromEpochMs(value.getTime()) : null);
  return periods.map((period, index) => ({
    period,
    rowCount: Number(row[index * 3] ?? 0),
    firstSerial: serial(row[index * 3 + 1]),
    lastSerial: serial(row[index * 3 + 2]),
  }));
}

async function rowCount(session: DuckDbSession, source: SqlSource): Promise<number> {
  const { rows } = await session.query(`SELECT COUNT(*) FROM ${tableReference("duckdb", source)}`);
  return Number(rows[0]?.[0] ?? 0);
}
