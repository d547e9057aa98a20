import { tableFromGrid } from "../../src/table/table-from-grid";
import type { ColumnRole, RawGrid, Table, TableOptions } from "../../src/table/types";
import { CliError } from "../cli-error";
import type { DuckDbSession } from "./duckdb-session";
import { INPUT_VIEW } from "./file-view";

/** Rows of the file the roles are recognised on: the header names them, the sample types them. */
export const SAMPLE_ROWS = 2000;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * The first {@link SAMPLE_ROWS} rows of the input view as a typed table, built by the core's table builder with
 * the user's column flags, so the columns get the roles every other door gives them. DuckDB's dates arrive as
 * Excel serials with a date format, its BIGINTs as numbers.
 *
 * @throws CliError when the file has no rows; CoreError from the table builder
 */
export async function sampleTable(
  session: DuckDbSession,
  file: string,
  options: TableOptions,
): Promise<Table> {
  const { columns, rows } = await session.query(`SELECT * FROM ${INPUT_VIEW} LIMIT ${SAMPLE_ROWS}`);
  if (rows.length === 0) throw new CliError("has a header but no rows", file);
  const formats = columns.map(() => "General");
  const values = rows.map((row) =>
    row.map((cell, column) => {
      if (cell instanceof Date) {
        formats[column] = "yyyy-mm-dd hh:mm:ss";
        return cell.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
      }
      return typeof cell === "bigint" ? Number(cell) : cell;
    }),
  );
  const grid: RawGrid = {
    values: [columns, ...values],
    numberFormats: [columns.map(() => "General"), ...values.map(() => formats)],
  };
  return tableFromGrid(grid, { ...options, header: true });
}

/** DuckDB column types the generated SQL reads as dates and as numbers (duckdb.org/docs/stable/sql/data_types/overview). */
const DATE_TYPE = /^(DATE|TIMESTAMP(_S|_MS|_NS)?|TIMESTAMP WITH TIME ZONE)$/;
const NUMBER_TYPE = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;

/** A column the analysis's SQL reads, and as what. */
export interface ColumnNeed {
  readonly name: string;
  readonly need: "date" | "number";
}

/**
 * Checks that DuckDB typed the columns the analysis reads as the SQL needs them: a role's column read as text
 * (dates DuckDB's CSV sniffer does not recognise, decimal commas) would make the SQL fail or count nothing.
 *
 * @throws CliError naming the column and what to do
 */
export async function checkColumnTypes(
  session: DuckDbSession,
  file: string,
  table: Table,
  needs: Readonly<Partial<Record<ColumnRole, "date" | "number">>>,
): Promise<void> {
  const named: ColumnNeed[] = [];
  for (const column of table.columns) {
    const need = column.role === null ? undefined : needs[column.role];
    if (need !== undefined) named.push({ name: column.name, need });
  }
  await checkNamedColumnTypes(session, file, named);
}

/** {@link checkColumnTypes} for columns given by name (the bands command's --by and --sum). @throws CliError */
export async function checkNamedColumnTypes(
  session: DuckDbSession,
  file: string,
  named: readonly ColumnNeed[],
): Promise<void> {
  const { rows } = await session.query(`DESCRIBE ${INPUT_VIEW}`);
  const typeOf = new Map(rows.map((row) => [String(row[0]), String(row[1])]));
  for (const { name, need } of named) {
    const type = typeOf.get(name) ?? "unknown";
    const ok = need === "date" ? DATE_TYPE.test(type) : NUMBER_TYPE.test(type);
    if (!ok) {
      throw new CliError(
        `column "${name}": DuckDB reads it as ${type}, not as ${need === "date" ? "dates" : "numbers"} (` +
          (need === "date" ? "write dates as YYYY-MM-DD" : "write numbers with a decimal point") +
          ", or run without --engine duckdb)",
        file,
      );
    }
  }
}
