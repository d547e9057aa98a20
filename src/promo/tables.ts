import type { KeyCell, NumberCell } from "./cells";

/**
 * Transaction lines as aligned columns (one entry per line). Only product keys, units and amounts are
 * required; each optional column switches on the KPIs that need it (buyers → per-buyer spend and conversion,
 * orders → average order value, returns → net sales, dates → year-over-year).
 */
export interface TransactionLines {
  readonly productKeys: readonly KeyCell[];
  /** Units sold on the line, returned units included. */
  readonly units: readonly NumberCell[];
  /** Line amount (GMV contribution), returns included. */
  readonly amounts: readonly NumberCell[];
  readonly unitPrices?: readonly NumberCell[];
  readonly returnUnits?: readonly NumberCell[];
  readonly returnAmounts?: readonly NumberCell[];
  readonly buyerKeys?: readonly KeyCell[];
  readonly orderKeys?: readonly KeyCell[];
  /** Excel serial days (1900 date system). */
  readonly dates?: readonly NumberCell[];
}

/** One row per product (SPU): prices, stock and how many SKUs it has. */
export interface ProductTable {
  readonly productKeys: readonly KeyCell[];
  readonly tagPrices?: readonly NumberCell[];
  readonly salePrices?: readonly NumberCell[];
  readonly stocks?: readonly NumberCell[];
  readonly skuCounts?: readonly NumberCell[];
  readonly categories?: readonly KeyCell[];
}

/** Traffic per product: unique visitors, favourites (saves) and add-to-cart counts. */
export interface TrafficTable {
  readonly productKeys: readonly KeyCell[];
  readonly uv?: readonly NumberCell[];
  readonly favourites?: readonly NumberCell[];
  readonly addToCart?: readonly NumberCell[];
}

/** Which optional inputs were given: a KPI whose input is absent is NOT_AVAILABLE, not zero. */
export interface InputAvailability {
  readonly unitPrices: boolean;
  readonly returns: boolean;
  readonly buyers: boolean;
  readonly orders: boolean;
  readonly productTable: boolean;
  readonly tagPrices: boolean;
  readonly salePrices: boolean;
  readonly stocks: boolean;
  readonly skuCounts: boolean;
  readonly categories: boolean;
  readonly uv: boolean;
  readonly favourites: boolean;
  readonly addToCart: boolean;
}

/** Availability of every optional input given the tables passed. */
export function availabilityOf(
  lines: TransactionLines,
  products?: ProductTable,
  traffic?: TrafficTable,
): InputAvailability {
  return availabilityOfColumns(lineColumnsOf(lines), products, traffic);
}

/** Which optional columns the transaction lines have. */
export interface LineColumns {
  readonly unitPrices: boolean;
  readonly returns: boolean;
  readonly buyers: boolean;
  readonly orders: boolean;
}

/** @example lineColumnsOf({ productKeys: [], units: [], amounts: [], orderKeys: [] }).orders // true */
export function lineColumnsOf(lines: TransactionLines): LineColumns {
  return {
    unitPrices: lines.unitPrices !== undefined,
    returns: lines.returnUnits !== undefined || lines.returnAmounts !== undefined,
    buyers: lines.buyerKeys !== undefined,
    orders: lines.orderKeys !== undefined,
  };
}

/** {@link availabilityOf} from which line columns there were (the lines themselves may be aggregated away). */
export function availabilityOfColumns(
  lines: LineColumns,
  products?: ProductTable,
  traffic?: TrafficTable,
): InputAvailability {
  return {
    ...lines,
    productTable: products !== undefined,
    tagPrices: products?.tagPrices !== undefined,
    salePrices: products?.salePrices !== undefined,
    stocks: products?.stocks !== undefined,
    skuCounts: products?.skuCounts !== undefined,
    categories: products?.categories !== undefined,
    uv: traffic?.uv !== undefined,
    favourites: traffic?.favourites !== undefined,
    addToCart: traffic?.addToCart !== undefined,
  };
}
