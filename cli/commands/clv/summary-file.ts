import type { BtydCustomer } from "../../../src/clv/types";
import { parseNumberText } from "../../../src/table/parse-number";
import { CliError } from "../../cli-error";
import { readGrid } from "../../io/read-grid";

/** Header names accepted for each summary column (case-insensitive): the CDNOW file's, then lifetimes'. */
const SUMMARY_COLUMNS = {
  id: ["id", "customer_id", "customerid", "customer id", "member_id", "member id"],
  frequency: ["x", "frequency"],
  recency: ["t_x", "recency"],
  age: ["t", "age"],
  meanRepeatSpend: ["zbar", "monetary_value", "mean_spend", "mean repeat spend"],
} as const;

type SummaryField = keyof typeof SUMMARY_COLUMNS;

/** Column names as messages show them (the CDNOW file's). */
const DISPLAY: Readonly<Record<SummaryField, string>> = {
  id: "ID",
  frequency: "x",
  recency: "t_x",
  age: "T",
  meanRepeatSpend: "zbar",
};

export interface SummaryFile {
  readonly customers: readonly BtydCustomer[];
  /** "file.csv" or "book.xlsx!Sheet1". */
  readonly address: string;
  readonly hasSpend: boolean;
}

/**
 * Reads a BTYD summary: a header row naming ID, x, t_x, T and (for Gamma-Gamma) zbar, one customer per row.
 * Blank lines are skipped; every other cell must hold a number (the ID may be any text).
 *
 * @throws CliError for a missing column or a cell that is not a number, naming the line
 */
export async function readSummaryFile(
  file: string,
  options: { readonly sheet?: string; readonly encoding?: string; readonly needsSpend: boolean },
): Promise<SummaryFile> {
  const source = await readGrid(file, { sheet: options.sheet, encoding: options.encoding });
  const rows = source.grid.values;
  const firstRowNumber = source.grid.firstRowNumber ?? 1;
  const headerIndex = rows.findIndex((row) => row.some((cell) => text(cell) !== ""));
  const header = (rows[headerIndex] ?? []).map((cell) => text(cell).toLowerCase());
  const indexOf = (field: SummaryField): number =>
    header.findIndex((name) => (SUMMARY_COLUMNS[field] as readonly string[]).includes(name));
  const required: SummaryField[] = [
    "id",
    "frequency",
    "recency",
    "age",
    ...(options.needsSpend ? ["meanRepeatSpend" as const] : []),
  ];
  const missing = required.filter((field) => indexOf(field) < 0);
  if (missing.length > 0) {
    throw new CliError(
      `the summary needs a header row with columns ${required.map((field) => DISPLAY[field]).join(", ")} (missing ${missing.map((field) => DISPLAY[field]).join(", ")})`,
      file,
    );
  }
  const spendIndex = indexOf("meanRepeatSpend");
  const customers: BtydCustomer[] = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    if (row.every((cell) => text(cell) === "")) return;
    const line = firstRowNumber + headerIndex + 1 + offset;
    const numberAt = (field: SummaryField): number => {
      const cell = row[indexOf(field)];
      const value = typeof cell === "number" ? cell : parseNumberText(text(cell));
      if (value === null || !Number.isFinite(value)) {
        throw new CliError(`line ${line}: ${DISPLAY[field]} must be a number (got "${text(cell)}")`, file);
      }
      return value;
    };
    customers.push({
      customerId: text(row[indexOf("id")]),
      frequency: numberAt("frequency"),
      recency: numberAt("recency"),
      age: numberAt("age"),
      meanRepeatSpend: spendIndex < 0 ? 0 : numberAt("meanRepeatSpend"),
    });
  });
  if (customers.length === 0) throw new CliError("the summary has a header but no customers", file);
  const address = source.sheetName === null ? file : `${file}!${source.sheetName}`;
  return { customers, address, hasSpend: spendIndex >= 0 };
}

function text(cell: unknown): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}
