import { isCoreError } from "../../src/errors";
import { analysisSql, SQL_ANALYSES } from "../../src/sql/analysis-sql";
import { EXECUTED_SQL_DIALECTS, SQL_DIALECTS } from "../../src/sql/dialect";
import { sqlSourceOfTable, type SqlSource } from "../../src/sql/source";
import type { SqlStatement } from "../../src/sql/statement";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { ColumnRole } from "../../src/table/types";
import { CliError } from "../cli-error";
import { COLUMN_FLAGS, COLUMN_OPTIONS, roleOverridesFromFlags } from "../column-flags";
import { defineCommand } from "../command";
import { readGrid } from "../io/read-grid";
import { dialectFlag, requestFromFlags, textFlag } from "./sql-flags";

const text = (valueName: string, description: string) =>
  ({ type: "string", valueName, description }) as const;

/** `sql --analysis NAME --dialect D --table T [column flags]`: prints one statement that runs the analysis in a database. */
export const sqlCommand = defineCommand<SqlStatement>({
  usage: [
    `sql --analysis ${SQL_ANALYSES.join("|")} --dialect ${SQL_DIALECTS.join("|")}`,
    "    --table T [--schema S] [--input SAMPLE.csv] [--member COL] [--date COL] [--amount COL] [--order COL]",
    "    [--coupon COL] ...",
    "    [--as-of DATE] [--count-by orders|days|rows] [--bins N] [--edge-rule rfm|quantile]",
    "    [--current YEAR [--previous YEAR]] [--by COL --edges LIST [--sum COL,COL] [--closed right|left]]",
    "    [--products-table T] [--traffic-table T] [--json]",
    "",
    "Prints one SQL statement with the core's definitions. Columns come from the column flags, or are recognised",
    "from the header of --input (a sample export of the table), as the other commands recognise them. rfm returns",
    "member_id, recency_days, frequency, monetary. churn-features returns one row per member who bought on or",
    "before --as-of (default: the last purchase day in the data, as the churn model scores): member_id,",
    "recency_days, purchase_days, log_spend, tenure_days, mean_gap_days, gap_cv, aov, aov_cv, coupon_share (with",
    "--coupon or a recognised coupon column), spend. Executed in the tests: " +
      EXECUTED_SQL_DIALECTS.join(", ") +
      ";",
    "bigquery, spark and snowflake are generated from the same layer but not executed in tests.",
  ].join("\n"),
  options: {
    analysis: text("NAME", "the analysis to write as SQL"),
    dialect: text("D", "the SQL dialect"),
    table: text("T", "the table the statement reads (the transaction lines for promo)"),
    schema: text("S", "schema, database or dataset of the table(s)"),
    input: {
      type: "string",
      short: "i",
      valueName: "FILE",
      description: "a sample CSV/XLSX of the table: its header names the columns",
    },
    sheet: text("NAME", "worksheet of an .xlsx sample"),
    ...COLUMN_OPTIONS,
    "as-of": text(
      "DATE",
      "date recency is counted to (default: the day after the latest order; churn-features: the latest order day)",
    ),
    "count-by": text(
      "orders|days|rows",
      "how frequency counts (default: orders with an order column, else days)",
    ),
    bins: text("N", "scores per dimension (default 5)"),
    "edge-rule": text("rfm|quantile", "score edges: quantile + 1 as R rfm (default), or the quantile"),
    current: text("YEAR", "yoy: the current year"),
    previous: text("YEAR", "yoy: the previous year (default: current − 1)"),
    "current-from": text("DATE", "yoy: first day of the current period"),
    "current-to": text("DATE", "yoy: last day of the current period"),
    "previous-from": text("DATE", "yoy: first day of the previous period"),
    "previous-to": text("DATE", "yoy: last day of the previous period"),
    by: text("COL", "bands: the numeric column cut into bands"),
    edges: text("LIST", "bands: ascending edges, or start:stop:step"),
    sum: text("COL,COL", "bands: columns summed per band"),
    closed: text("right|left", "bands: closed side (default right)"),
    "products-table": text("T", "promo: the product table"),
    "traffic-table": text("T", "promo: the traffic table"),
  },
  async run(args) {
    const dialect = dialectFlag(args.values);
    const schema = textFlag(args.values, "schema");
    const input = textFlag(args.values, "input");
    const overrides = roleOverridesFromFlags(args.values);
    const sampleHeader =
      input === undefined ? null : await headerOf(input, textFlag(args.values, "sheet"), overrides);
    const sourceOf = (table: string, roles: readonly string[] | null): SqlSource => {
      const columns = Object.fromEntries(
        Object.entries({ ...sampleHeader, ...overrides }).filter(
          ([role]) => roles === null || roles.includes(role),
        ),
      );
      return { table, ...(schema === undefined ? {} : { schema }), columns };
    };
    const request = requestFromFlags(args.values, sourceOf);
    try {
      return analysisSql(dialect, request);
    } catch (error) {
      if (isCoreError(error) && error.code === "MISSING_COLUMN")
        throw new CliError(missingColumnText(request.analysis, error.details.argument));
      throw error;
    }
  },
  renderText: (statement) => `${statement.sql};\n`,
  toJson: (statement) => ({
    dialect: statement.dialect,
    executedInTests: EXECUTED_SQL_DIALECTS.includes(statement.dialect),
    columns: statement.columns,
    sql: statement.sql,
  }),
});

/** The role → column mapping recognised from a sample file's header (the column flags win). */
async function headerOf(
  file: string,
  sheet: string | undefined,
  overrides: Partial<Record<ColumnRole, string>>,
) {
  const source = await readGrid(file, sheet === undefined ? {} : { sheet });
  try {
    return sqlSourceOfTable(tableFromGrid(source.grid, { roles: overrides }), "sample").columns;
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message, file);
    throw error;
  }
}

/** "rfm needs the memberId column: name it with --member COL (or give --input SAMPLE.csv)". */
function missingColumnText(analysis: string, role: string | undefined): string {
  const flag = Object.entries(COLUMN_FLAGS).find(([, flagRole]) => flagRole === role)?.[0];
  const how = flag === undefined ? "" : `: name it with --${flag} COL`;
  return `${analysis} needs the ${role ?? "?"} column${how} (or give --input SAMPLE.csv to recognise it from a header)`;
}
