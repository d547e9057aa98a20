import { CoreError } from "../errors";
import { requireSameLength } from "../promo/cells";
import { checkedPeriod, describePeriod, type Period } from "./period";
import {
  periodFigures,
  salesColumnsOf,
  type DatedSales,
  type PeriodFigures,
  type SalesColumns,
} from "./period-figures";
import { partialPeriodWarnings, type PeriodWarning } from "./period-guard";
import { isoDateFromSerial } from "./serial-date";

export type { DatedSales } from "./period-figures";

/** The command line's per-period figures; null = not computable (the column is absent, or 0 customers). */
export interface PeriodSummary {
  readonly fromIso: string;
  readonly toIso: string;
  readonly rows: number;
  readonly gmv: number;
  /** Distinct order keys; without an order column every row counts as one order (see ordersBasis). */
  readonly orders: number;
  readonly ordersBasis: "distinctOrderKeys" | "rows";
  /** Distinct member keys. */
  readonly customers: number | null;
  readonly units: number | null;
  /** GMV / customers, as the study defines its 客单价 (not GMV / orders). */
  readonly aov: number | null;
}

export type SummaryKey = "gmv" | "orders" | "customers" | "units" | "aov";

export interface YoySummary {
  readonly current: PeriodSummary;
  readonly previous: PeriodSummary;
  /** (current − previous) / |previous| per figure; null when either is null or previous is 0 (see notes). */
  readonly yoy: Readonly<Record<SummaryKey, number | null>>;
  readonly warnings: readonly PeriodWarning[];
  /** English explanations of every null. */
  readonly notes: readonly string[];
}

/**
 * The simple year-over-year shape of the `yoy` command: per period GMV (Σ amount), orders, customers
 * (distinct members), units and aov = GMV / customers, the % change of each, and the partial-period guard.
 *
 * Cost: O(n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, YOY_PERIOD_EMPTY, PERIOD_REVERSED, PERIOD_NOT_WHOLE_DAYS
 * @example
 * import { yearPeriod } from "./period";
 * const sales = { dates: [42370, 42735, 42736, 43100], amounts: [400, 600, 500, 750] };
 * yoySummary(sales, yearPeriod(2017), yearPeriod(2016)).yoy.gmv // 0.25 (1250 against 1000)
 */
export function yoySummary(
  sales: DatedSales,
  current: Period,
  previous: Period,
  toleranceDays = 1,
): YoySummary {
  requireSameLength("yoySummary", { ...sales });
  return yoySummaryOfFigures(
    periodFigures(sales, checkedPeriod(current)),
    periodFigures(sales, checkedPeriod(previous)),
    salesColumnsOf(sales),
    toleranceDays,
  );
}

/**
 * {@link yoySummary} from each period's figures, which the rows gave here or a database computed (the
 * command line's `--engine duckdb`): the figures, their % change, the notes and the partial-period guard.
 *
 * Cost: O(1).
 *
 * @throws CoreError YOY_PERIOD_EMPTY
 */
export function yoySummaryOfFigures(
  current: PeriodFigures,
  previous: PeriodFigures,
  columns: SalesColumns,
  toleranceDays = 1,
): YoySummary {
  const notes: string[] = [];
  const currentSummary = summarise(current, columns, "current", notes);
  const previousSummary = summarise(previous, columns, "previous", notes);
  const keys: SummaryKey[] = ["gmv", "orders", "customers", "units", "aov"];
  const yoy = Object.fromEntries(
    keys.map((key) => {
      const now = currentSummary[key];
      const before = previousSummary[key];
      if (now === null || before === null) return [key, null];
      if (before === 0) {
        notes.push(`yoy.${key}: the previous value is 0, so there is no % change`);
        return [key, null];
      }
      return [key, (now - before) / Math.abs(before)];
    }),
  ) as Record<SummaryKey, number | null>;
  const warnings = partialPeriodWarnings(current.coverage, previous.coverage, toleranceDays);
  return { current: currentSummary, previous: previousSummary, yoy, warnings, notes };
}

function summarise(
  figures: PeriodFigures,
  columns: SalesColumns,
  which: string,
  notes: string[],
): PeriodSummary {
  const { period, rowCount } = figures.coverage;
  if (rowCount === 0)
    throw new CoreError(
      "YOY_PERIOD_EMPTY",
      `No row falls in the ${which} period (${describePeriod(period)})`,
    );
  const customers = figures.distinctCustomers;
  if (!columns.memberKeys) notes.push(`${which}.customers and ${which}.aov: no member column`);
  else if (customers === 0) notes.push(`${which}.aov: no customers in the period`);
  if (!columns.units) notes.push(`${which}.units: no units column`);
  return {
    fromIso: isoDateFromSerial(period.fromSerial),
    toIso: isoDateFromSerial(period.toSerial),
    rows: rowCount,
    gmv: figures.gmv,
    orders: columns.orderKeys ? figures.distinctOrders : rowCount,
    ordersBasis: columns.orderKeys ? "distinctOrderKeys" : "rows",
    customers: columns.memberKeys ? customers : null,
    units: columns.units ? figures.units : null,
    aov: columns.memberKeys && customers > 0 ? figures.gmv / customers : null,
  };
}
