// Shared by the yoy, bands and promo commands (not a command itself): reading a table file with the column
// flags that concern it, and turning typed columns into the promotion core's column shapes.
import { isCoreError } from "../../src/errors";
import type { KeyCell, NumberCell } from "../../src/promo/cells";
import type { ProductTable, TrafficTable, TransactionLines } from "../../src/promo/tables";
import { columnByRole, requireColumn } from "../../src/table/column-access";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { Column, ColumnRole, Table } from "../../src/table/types";
import { CliError } from "../cli-error";
import { roleOverridesFromFlags } from "../column-flags";
import type { CommandArgs } from "../command";
import { readGrid } from "../io/read-grid";

/** A table read from one file, with the address used in messages and run records. */
export interface TableFile {
  readonly table: Table;
  readonly file: string;
  readonly inputAddress: string;
}

/**
 * Reads one of several input files (--lines, --products, --traffic) with --sheet, --encoding and --header,
 * applying only the column flags of `roles` (so --uv does not fail on the lines file, which has no UV).
 * A core error while typing the file is reported against the file.
 *
 * @throws CliError naming the file
 */
export async function readTableFile(
  file: string,
  args: CommandArgs,
  roles: readonly ColumnRole[],
): Promise<TableFile> {
  const { values } = args;
  const source = await readGrid(file, {
    sheet: typeof values.sheet === "string" ? values.sheet : undefined,
    encoding: typeof values.encoding === "string" ? values.encoding : undefined,
  });
  const overrides = Object.entries(roleOverridesFromFlags(values)).filter(([role]) =>
    roles.includes(role as ColumnRole),
  );
  const table = inFile(file, () =>
    tableFromGrid(source.grid, { header: headerOption(values.header), roles: Object.fromEntries(overrides) }),
  );
  const inputAddress = source.sheetName === null ? file : `${file}!${source.sheetName}`;
  return { table, file, inputAddress };
}

/** Runs `compute`, reporting a core error as a CliError about `file` (exit 2, one line naming it). */
export function inFile<T>(file: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message, file);
    throw error;
  }
}

/** The values of a key column (ids, categories): text or numbers; booleans as "TRUE"/"FALSE". */
export function keyValues(column: Column): KeyCell[] {
  return column.values.map((value) => (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value));
}

/** A required numeric column. @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH */
export function numberValues(table: Table, role: ColumnRole, forWhat: string): NumberCell[] {
  return [...requireColumn(table, role, forWhat, "number").values];
}

/** An optional numeric column: undefined when absent. @throws CoreError COLUMN_TYPE_MISMATCH */
export function optionalNumbers(table: Table, role: ColumnRole, forWhat: string): NumberCell[] | undefined {
  return columnByRole(table, role) === null ? undefined : numberValues(table, role, forWhat);
}

/** An optional key column: undefined when absent. */
export function optionalKeys(table: Table, role: ColumnRole): KeyCell[] | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : keyValues(column);
}

/** The product key: the product id column, else the product name column. @throws CoreError MISSING_COLUMN */
export function productKeys(table: Table, forWhat: string): KeyCell[] {
  const byName = columnByRole(table, "productId") === null ? columnByRole(table, "productName") : null;
  return keyValues(byName ?? requireColumn(table, "productId", forWhat));
}

/** The roles each input file may carry: the column flags of other roles are not applied to it. */
export const LINE_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "quantity",
  "amount",
  "unitPrice",
  "returnQuantity",
  "returnAmount",
  "memberId",
  "orderId",
  "orderDate",
];
export const PRODUCT_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "tagPrice",
  "salePrice",
  "stock",
  "category",
];
export const TRAFFIC_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "uv",
  "favourites",
  "addToCart",
];

/** Transaction lines from a lines table (product key, quantity and amount required). */
export function linesFromTable(table: Table): TransactionLines {
  const forWhat = "promo (lines)";
  const dates = columnByRole(table, "orderDate");
  return {
    productKeys: productKeys(table, forWhat),
    units: numberValues(table, "quantity", forWhat),
    amounts: numberValues(table, "amount", forWhat),
    unitPrices: optionalNumbers(table, "unitPrice", forWhat),
    returnUnits: optionalNumbers(table, "returnQuantity", forWhat),
    returnAmounts: optionalNumbers(table, "returnAmount", forWhat),
    buyerKeys: optionalKeys(table, "memberId"),
    orderKeys: optionalKeys(table, "orderId"),
    dates: dates?.type === "date" ? [...dates.values] : undefined,
  };
}

/** A product table (key required; tag price, sale price, stock and category when present). */
export function productTableFromTable(table: Table): ProductTable {
  const forWhat = "promo (products)";
  return {
    productKeys: productKeys(table, forWhat),
    tagPrices: optionalNumbers(table, "tagPrice", forWhat),
    salePrices: optionalNumbers(table, "salePrice", forWhat),
    stocks: optionalNumbers(table, "stock", forWhat),
    categories: optionalKeys(table, "category"),
  };
}

/** A traffic table (key required; UV, favourites and add-to-cart when present). */
export function trafficFromTable(table: Table): TrafficTable {
  const forWhat = "promo (traffic)";
  return {
    productKeys: productKeys(table, forWhat),
    uv: optionalNumbers(table, "uv", forWhat),
    favourites: optionalNumbers(table, "favourites", forWhat),
    addToCart: optionalNumbers(table, "addToCart", forWhat),
  };
}

function headerOption(value: unknown): "auto" | boolean {
  if (value === undefined || value === "auto") return "auto";
  if (value === "yes" || value === "true") return true;
  if (value === "no" || value === "false") return false;
  throw new CliError(`--header must be auto, yes or no (got "${String(value)}")`);
}
