import { keyText, numberOrNull, type KeyCell, type NumberCell } from "../promo/cells";
import { rowsInPeriod, type Period } from "./period";
import type { PeriodCoverage } from "./period-guard";

/** An order (or order-line) export as columns. */
export interface DatedSales {
  /** Excel serial days. */
  readonly dates: readonly NumberCell[];
  readonly amounts: readonly NumberCell[];
  readonly orderKeys?: readonly KeyCell[];
  readonly memberKeys?: readonly KeyCell[];
  readonly units?: readonly NumberCell[];
}

/** Which of the optional columns the sales have: a figure without its column is null, not 0. */
export interface SalesColumns {
  readonly orderKeys: boolean;
  readonly memberKeys: boolean;
  readonly units: boolean;
}

/**
 * The sums and counts of one period's rows that the YoY summary is made of: computed here from the rows, or
 * by a database (the command line's `--engine duckdb` runs yoySql), then summarised by yoySummaryOfFigures.
 */
export interface PeriodFigures {
  /** The period, its rows (dated inside it, both ends included) and the first and last day with a row. */
  readonly coverage: PeriodCoverage;
  /** Σ amount, a blank amount counting 0. */
  readonly gmv: number;
  /** Distinct order keys (0 without an order column). */
  readonly distinctOrders: number;
  /** Distinct member keys (0 without a member column). */
  readonly distinctCustomers: number;
  /** Σ units, a blank counting 0 (0 without a units column). */
  readonly units: number;
}

/**
 * The figures of one period from the rows.
 *
 * Cost: O(n).
 *
 * @example
 * import { yearPeriod } from "./period";
 * periodFigures({ dates: [42370, 42736], amounts: [400, 500] }, yearPeriod(2017)).gmv // 500
 */
export function periodFigures(sales: DatedSales, period: Period): PeriodFigures {
  const rows = rowsInPeriod(sales.dates, period);
  let gmv = 0;
  let units = 0;
  let firstSerial: number | null = null;
  let lastSerial: number | null = null;
  const orders = new Set<string>();
  const customers = new Set<string>();
  for (const row of rows) {
    gmv += numberOrNull(sales.amounts[row]) ?? 0;
    units += numberOrNull(sales.units?.[row]) ?? 0;
    const order = keyText(sales.orderKeys?.[row]);
    if (order !== null) orders.add(order);
    const member = keyText(sales.memberKeys?.[row]);
    if (member !== null) customers.add(member);
    const day = Math.floor(sales.dates[row] as number);
    if (firstSerial === null || day < firstSerial) firstSerial = day;
    if (lastSerial === null || day > lastSerial) lastSerial = day;
  }
  return {
    coverage: { period, rowCount: rows.length, firstSerial, lastSerial },
    gmv,
    distinctOrders: orders.size,
    distinctCustomers: customers.size,
    units,
  };
}

/** @example salesColumnsOf({ dates: [], amounts: [], units: [] }) // { orderKeys: false, memberKeys: false, units: true } */
export function salesColumnsOf(sales: DatedSales): SalesColumns {
  return {
    orderKeys: sales.orderKeys !== undefined,
    memberKeys: sales.memberKeys !== undefined,
    units: sales.units !== undefined,
  };
}
