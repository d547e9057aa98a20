import type { BtydCustomer } from "../clv/types";
import { CoreError } from "../errors";
import { parseNumberText } from "../table/parse-number";
import type { RawGrid } from "../table/types";

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

/**
 * The customers of a BTYD summary grid: a header row naming ID, x, t_x, T and (for Gamma-Gamma) zbar (or
 * lifetimes' customer_id, frequency, recency, T, monetary_value), one customer per row. Blank rows are
 * skipped; every other cell must hold a number (the ID may be any text). Without a zbar column the spend is 0.
 *
 * Cost: O(cells).
 *
 * @throws CoreError MISSING_COLUMN (details.column: the missing names), CELL_NOT_NUMBER (details.row: the
 *   grid's row number, details.column), CLV_NO_CUSTOMERS (a header but no customer)
 * @example btydCustomersFromGrid({ values: [["ID", "x", "t_x", "T"], [1, 2, 30.43, 38.86]] }, { needsSpend: false })
 *   // [{ customerId: "1", frequency: 2, recency: 30.43, age: 38.86, meanRepeatSpend: 0 }]
 */
export function btydCustomersFromGrid(
  grid: RawGrid,
  options: { readonly needsSpend: boolean },
): BtydCustomer[] {
  const rows = grid.values;
  const firstRowNumber = grid.firstRowNumber ?? 1;
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
  const missing = required.filter((field) => indexOf(field) < 0).map((field) => DISPLAY[field]);
  if (missing.length > 0) {
    throw new CoreError(
      "MISSING_COLUMN",
      `The summary needs a header row with the columns ${required.map((field) => DISPLAY[field]).join(", ")} (missing: ${missing.join(", ")})`,
      { column: missing.join(", ") },
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
        throw new CoreError(
          "CELL_NOT_NUMBER",
          `Line ${line}: ${DISPLAY[field]} must be a number (got "${text(cell)}")`,
          { row: line, column: DISPLAY[field], value: text(cell) },
        );
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
  if (customers.length === 0)
    throw new CoreError("CLV_NO_CUSTOMERS", "The summary has a header but no customers");
  return customers;
}

function text(cell: unknown): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}
