import { CoreError } from "../../src/errors";
import type { KpiKey } from "../../src/promo/kpi-keys";
import { isBlankCell, numberFromCell, type CellInput } from "./cells";
import { keyFromCell, type Range } from "./range-columns";

/** The range arguments of =PROMO.KPIS, by the names Excel's autocomplete shows. */
export type KpiArgument =
  | "line_products"
  | "units"
  | "amounts"
  | "buyers"
  | "orders"
  | "return_units"
  | "return_amounts"
  | "products"
  | "tag_prices"
  | "stocks"
  | "uv"
  | "favourites"
  | "add_to_cart"
  | "sku_counts";

const LINE_KEY: readonly KpiArgument[] = ["line_products"];

/**
 * The arguments each KPI is computed from, by the definitions in src/promo/kpi-pack.ts. Every line KPI also
 * depends on line_products, because a line without a product id is left out of the per-product roll-up
 * (src/promo/line-rollup.ts); product-table and traffic KPIs depend on products, the key they are joined by.
 * A bad cell in an argument makes exactly these KPIs #VALUE!; the others are computed as if the cell were blank,
 * which cannot change them (test/functions/promo-kpis-errors.test.ts checks every argument).
 */
export const KPI_ARGUMENTS: Readonly<Record<KpiKey, readonly KpiArgument[]>> = {
  gmv: [...LINE_KEY, "amounts"],
  netSales: [...LINE_KEY, "amounts", "return_amounts"],
  units: [...LINE_KEY, "units"],
  productBuyersSum: [...LINE_KEY, "buyers"],
  aovStudy: [...LINE_KEY, "amounts", "buyers"],
  uv: ["products", "uv"],
  conversionStudy: [...LINE_KEY, "buyers", "products", "uv"],
  buyers: [...LINE_KEY, "buyers"],
  spendPerDistinctBuyer: [...LINE_KEY, "amounts", "buyers"],
  conversionDistinctBuyers: [...LINE_KEY, "buyers", "products", "uv"],
  orders: [...LINE_KEY, "orders"],
  averageOrderValue: [...LINE_KEY, "amounts", "orders"],
  discountRate: [...LINE_KEY, "units", "amounts", "products", "tag_prices"],
  stockValue: ["products", "tag_prices", "stocks"],
  sellThrough: [...LINE_KEY, "amounts", "products", "tag_prices", "stocks"],
  favourites: ["products", "favourites"],
  addToCart: ["products", "add_to_cart"],
  skuCount: ["products", "sku_counts"],
  spuCount: [...LINE_KEY, "products"],
  returnUnits: [...LINE_KEY, "return_units"],
  returnAmount: [...LINE_KEY, "return_amounts"],
};

/** What a bad cell does: the first one of each argument, by argument. */
export type ArgumentProblems = Map<KpiArgument, CoreError>;

/**
 * A range's cells in row-major order, each read by `read`; a cell that fails becomes null and its error is
 * recorded under `name` (the first per argument), instead of failing the whole KPI table.
 */
export function readArgument<T>(
  range: Range,
  name: KpiArgument,
  read: (cell: CellInput, what: string) => T | null,
  problems: ArgumentProblems,
): (T | null)[] {
  const values: (T | null)[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      try {
        values.push(read(cell, `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`));
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        if (!problems.has(name)) problems.set(name, error);
        values.push(null);
      }
    }),
  );
  return values;
}

/** A number cell; blank is null (the core counts it as 0 where a sum needs it). */
export function numberOrBlank(cell: CellInput, what: string): number | null {
  return isBlankCell(cell) ? null : numberFromCell(cell, what);
}

/** A number cell; blank is 0, as in SUM (stocks: so an all-blank column is a stock value of 0 in both builds). */
export function numberOrZero(cell: CellInput, what: string): number {
  return isBlankCell(cell) ? 0 : numberFromCell(cell, what);
}

/**
 * A tag price; blank, and 0, are null. A tag price of 0 is no price (nothing sells at a discount from 0), and
 * desktop Excel passes an empty cell as 0 (office-js issue 4702): read as blank, the product is left out of the
 * discount rate and the stock value in both builds.
 */
export function priceOrBlank(cell: CellInput, what: string): number | null {
  return cell === 0 ? null : numberOrBlank(cell, what);
}

/** A product, member, buyer or order id; blank and 0 are null (see keyFromCell). */
export const keyOrBlank = keyFromCell;

/** The #VALUE! of a KPI whose arguments hold a bad cell (the first such argument's), or null. */
export function kpiProblem(key: KpiKey, problems: ArgumentProblems): CoreError | null {
  for (const argument of KPI_ARGUMENTS[key]) {
    const problem = problems.get(argument);
    if (problem !== undefined) return problem;
  }
  return null;
}
