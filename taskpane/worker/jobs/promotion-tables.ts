import type { KeyCell, NumberCell } from "../../../src/promo/cells";
import type { ProductTable, TrafficTable, TransactionLines } from "../../../src/promo/tables";
import { columnByRole, requireColumn } from "../../../src/table/column-access";
import type { Column, ColumnRole, Table } from "../../../src/table/types";

// The typed tables of the pane's three inputs in the promotion core's column shapes. The command line has
// the same mapping in cli/commands/promo-columns.ts (it cannot be shared from there: that file reads files).

/** The values of a key column (ids, categories): text or numbers; booleans as "TRUE"/"FALSE". */
function keyValues(column: Column): KeyCell[] {
  return column.values.map((value) => (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value));
}

function numbers(table: Table, role: ColumnRole, forWhat: string): NumberCell[] {
  return [...requireColumn(table, role, forWhat, "number").values];
}

function optionalNumbers(table: Table, role: ColumnRole, forWhat: string): NumberCell[] | undefined {
  return columnByRole(table, role) === null ? undefined : numbers(table, role, forWhat);
}

function optionalKeys(table: Table, role: ColumnRole): KeyCell[] | undefined {
  const column = columnByRole(table, role);
  return column === null ? undefined : keyValues(column);
}

/** The product key: the product id column, else the product name column. */
function productKeys(table: Table, forWhat: string): KeyCell[] {
  const byName = columnByRole(table, "productName") !== null && columnByRole(table, "productId") === null;
  return keyValues(requireColumn(table, byName ? "productName" : "productId", forWhat));
}

/**
 * Transaction lines: product key, quantity and amount are required; unit price, returns, member, order and
 * a date column switch on the KPIs that need them.
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 */
export function linesFromTable(table: Table): TransactionLines {
  const forWhat = "Promotion (lines)";
  const dates = columnByRole(table, "orderDate");
  return {
    productKeys: productKeys(table, forWhat),
    units: numbers(table, "quantity", forWhat),
    amounts: numbers(table, "amount", forWhat),
    unitPrices: optionalNumbers(table, "unitPrice", forWhat),
    returnUnits: optionalNumbers(table, "returnQuantity", forWhat),
    returnAmounts: optionalNumbers(table, "returnAmount", forWhat),
    buyerKeys: optionalKeys(table, "memberId"),
    orderKeys: optionalKeys(table, "orderId"),
    dates: dates?.type === "date" ? [...dates.values] : undefined,
  };
}

/** A product table: key required; tag price, sale price, stock and category when present. */
export function productTableFromTable(table: Table): ProductTable {
  const forWhat = "Promotion (product table)";
  return {
    productKeys: productKeys(table, forWhat),
    tagPrices: optionalNumbers(table, "tagPrice", forWhat),
    salePrices: optionalNumbers(table, "salePrice", forWhat),
    stocks: optionalNumbers(table, "stock", forWhat),
    categories: optionalKeys(table, "category"),
  };
}

/** A traffic table: key required; UV, favourites and add-to-cart when present. */
export function trafficFromTable(table: Table): TrafficTable {
  const forWhat = "Promotion (traffic table)";
  return {
    productKeys: productKeys(table, forWhat),
    uv: optionalNumbers(table, "uv", forWhat),
    favourites: optionalNumbers(table, "favourites", forWhat),
    addToCart: optionalNumbers(table, "addToCart", forWhat),
  };
}
