import { keyText, numberOrNull } from "./cells";
import type { DataQualityLine, PromoTableName } from "./data-quality";
import { divideKpi } from "./kpi-value";
import { rollupLines, type LineRollup, type LineRollupIssues, type LineRollupResult } from "./line-rollup";
import { indexProducts } from "./product-index";
import type { ProductSummary } from "./product-summary";
import {
  availabilityOfColumns,
  lineColumnsOf,
  type InputAvailability,
  type LineColumns,
  type ProductTable,
  type TrafficTable,
  type TransactionLines,
} from "./tables";
import { indexTraffic, type TrafficTotals } from "./traffic-index";

export interface ProductJoin {
  /** Every product key of any table: line products first (first-seen order), then product-table-only, then traffic-only. */
  readonly products: readonly ProductSummary[];
  readonly quality: readonly DataQualityLine[];
  readonly available: InputAvailability;
}

/**
 * Joins the per-product roll-up of the lines to the product table and the traffic table by product key
 * (a full outer join). Each key missing from one of the given tables yields an `unmatchedProduct`
 * data-quality line; duplicate keys keep the first product row and sum traffic rows; rows without a key are
 * counted. Mean unit price = mean of the unit-price cells, or amount / units without a unit-price column.
 *
 * Cost: O(lines + products + traffic).
 *
 * @throws CoreError LINES_EMPTY, COLUMN_LENGTH_MISMATCH
 * @example joinProducts({ productKeys: ["A"], units: [2], amounts: [10] }, { productKeys: ["A", "B"], tagPrices: [8, 9] }).quality
 * // [{ kind: "unmatchedProduct", productKey: "B", presentIn: ["products"], missingFrom: ["lines"] }]
 */
export function joinProducts(
  lines: TransactionLines,
  products?: ProductTable,
  traffic?: TrafficTable,
): ProductJoin {
  return joinRollup(rollupLines(lines), lineColumnsOf(lines), products, traffic);
}

/**
 * {@link joinProducts} from the lines' roll-up (rollupLines, or the same sums from a database: the command
 * line's `--engine duckdb` runs the promotion SQL's line_totals) and which optional line columns there were.
 *
 * Cost: O(products + traffic).
 */
export function joinRollup(
  rollup: LineRollupResult,
  lineColumns: LineColumns,
  products?: ProductTable,
  traffic?: TrafficTable,
): ProductJoin {
  const quality: DataQualityLine[] = rollupQuality(rollup.issues);
  const productRows = products === undefined ? new Map<string, number>() : indexProducts(products, quality);
  const trafficTotals =
    traffic === undefined ? new Map<string, TrafficTotals>() : indexTraffic(traffic, quality);
  const lineByKey = new Map(rollup.products.map((line) => [line.productKey, line]));
  const allKeys = new Set<string>([...lineByKey.keys(), ...productRows.keys(), ...trafficTotals.keys()]);
  const given: PromoTableName[] = ["lines"];
  if (products !== undefined) given.push("products");
  if (traffic !== undefined) given.push("traffic");
  const summaries: ProductSummary[] = [];
  for (const key of allKeys) {
    const presentIn = given.filter((table) =>
      table === "lines"
        ? lineByKey.has(key)
        : table === "products"
          ? productRows.has(key)
          : trafficTotals.has(key),
    );
    if (presentIn.length < given.length) {
      quality.push({
        kind: "unmatchedProduct",
        productKey: key,
        presentIn,
        missingFrom: given.filter((t) => !presentIn.includes(t)),
      });
    }
    const productRow = productRows.get(key);
    summaries.push(
      summarise(
        key,
        presentIn,
        lineByKey.get(key),
        products,
        productRow,
        trafficTotals.get(key),
        lineColumns.unitPrices,
      ),
    );
  }
  return { products: summaries, quality, available: availabilityOfColumns(lineColumns, products, traffic) };
}

function summarise(
  productKey: string,
  presentIn: readonly PromoTableName[],
  line: LineRollup | undefined,
  products: ProductTable | undefined,
  productRow: number | undefined,
  traffic: TrafficTotals | undefined,
  hasUnitPrices: boolean,
): ProductSummary {
  const field = (column: readonly (number | null)[] | undefined): number | null =>
    productRow === undefined ? null : numberOrNull(column?.[productRow]);
  const units = line?.units ?? 0;
  const amount = line?.amount ?? 0;
  return {
    productKey,
    presentIn,
    lineCount: line?.lineCount ?? 0,
    units,
    amount,
    returnUnits: line?.returnUnits ?? 0,
    returnAmount: line?.returnAmount ?? 0,
    meanUnitPrice: hasUnitPrices
      ? divideKpi(line?.unitPriceSum ?? 0, line?.unitPriceCount ?? 0, "pricedLines")
      : divideKpi(amount, units, "units"),
    buyerKeys: line?.buyerKeys ?? [],
    orderKeys: line?.orderKeys ?? [],
    tagPrice: field(products?.tagPrices),
    salePrice: field(products?.salePrices),
    stock: field(products?.stocks),
    skuCount: field(products?.skuCounts),
    category: productRow === undefined ? null : keyText(products?.categories?.[productRow]),
    uv: traffic?.uv ?? null,
    favourites: traffic?.favourites ?? null,
    addToCart: traffic?.addToCart ?? null,
  };
}

/** The roll-up's unattributed lines and blank cells as data-quality lines. */
function rollupQuality(issues: LineRollupIssues): DataQualityLine[] {
  const quality: DataQualityLine[] = [];
  if (issues.unkeyedLineCount > 0) {
    const { unkeyedLineCount: rowCount, unkeyedUnits: units, unkeyedAmount: amount } = issues;
    quality.push({ kind: "unkeyedRows", table: "lines", rowCount, units, amount });
  }
  if (issues.blankUnitsCount > 0) {
    quality.push({ kind: "blankCells", table: "lines", column: "units", rowCount: issues.blankUnitsCount });
  }
  if (issues.blankAmountCount > 0) {
    quality.push({
      kind: "blankCells",
      table: "lines",
      column: "amounts",
      rowCount: issues.blankAmountCount,
    });
  }
  return quality;
}
