import { columnByRole } from "../table/column-access";
import type { Table } from "../table/types";
import type { ProductTable, TrafficTable, TransactionLines } from "./tables";
import { optionalKeys, optionalNumbers, requiredNumbers } from "../table/column-reader";
import { productKeys } from "./table-cells";

// The typed tables of the promotion's three inputs (lines, product table, traffic table) in the promotion
// core's column shapes, by column role. Used by the command line and the task pane's worker; each passes
// its own `forWhat` (the analysis named in MISSING_COLUMN / COLUMN_TYPE_MISMATCH messages).

/**
 * Transaction lines from a lines table: product key (id, else name), quantity and amount are required;
 * unit price, return quantity and amount, member, order and a date column (when read as dates) switch on
 * the KPIs that need them.
 *
 * Cost: O(rows × columns).
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * linesFromTable(tableFromGrid({ values: [["Product ID", "Quantity", "Amount"], ["A", 2, 10]] }))
 * // { productKeys: ["A"], units: [2], amounts: [10], unitPrices: undefined, dates: undefined, … }
 */
export function linesFromTable(table: Table, forWhat = "linesFromTable"): TransactionLines {
  const dates = columnByRole(table, "orderDate");
  return {
    productKeys: productKeys(table, forWhat),
    units: requiredNumbers(table, "quantity", forWhat),
    amounts: requiredNumbers(table, "amount", forWhat),
    unitPrices: optionalNumbers(table, "unitPrice", forWhat),
    returnUnits: optionalNumbers(table, "returnQuantity", forWhat),
    returnAmounts: optionalNumbers(table, "returnAmount", forWhat),
    buyerKeys: optionalKeys(table, "memberId"),
    orderKeys: optionalKeys(table, "orderId"),
    dates: dates?.type === "date" ? [...dates.values] : undefined,
  };
}

/**
 * A product table: product key (id, else name) required; tag price, sale price, stock, SKU count (the
 * skuCount role: SKU数, or a numeric column headed SKU) and category when present.
 *
 * Cost: O(rows × columns).
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * productTableFromTable(tableFromGrid({ values: [["Product ID", "Tag Price"], ["A", 99]] }))
 * // { productKeys: ["A"], tagPrices: [99], salePrices: undefined, stocks: undefined, skuCounts: undefined, categories: undefined }
 */
export function productTableFromTable(table: Table, forWhat = "productTableFromTable"): ProductTable {
  return {
    productKeys: productKeys(table, forWhat),
    tagPrices: optionalNumbers(table, "tagPrice", forWhat),
    salePrices: optionalNumbers(table, "salePrice", forWhat),
    stocks: optionalNumbers(table, "stock", forWhat),
    skuCounts: optionalNumbers(table, "skuCount", forWhat),
    categories: optionalKeys(table, "category"),
  };
}

/**
 * A traffic table: product key (id, else name) required; UV, favourites and add-to-cart when present.
 *
 * Cost: O(rows × columns).
 *
 * @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * trafficFromTable(tableFromGrid({ values: [["Product ID", "UV"], ["A", 850]] }))
 * // { productKeys: ["A"], uv: [850], favourites: undefined, addToCart: undefined }
 */
export function trafficFromTable(table: Table, forWhat = "trafficFromTable"): TrafficTable {
  return {
    productKeys: productKeys(table, forWhat),
    uv: optionalNumbers(table, "uv", forWhat),
    favourites: optionalNumbers(table, "favourites", forWhat),
    addToCart: optionalNumbers(table, "addToCart", forWhat),
  };
}
