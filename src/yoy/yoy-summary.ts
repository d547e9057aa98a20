import { CoreError } from "../errors";
import { keyText, numberOrNull, requireSameLength, type KeyCell, type NumberCell } from "../promo/cells";
import { checkedPeriod, describePeriod, rowsInPeriod, type Period } from "./period";
import { partialPeriodWarnings, periodCoverage, type PeriodWarning } from "./period-guard";
import { isoDateFromSerial } from "./serial-date";

/** An order (or order-line) export as columns. */
export interface DatedSales {
  /** Excel serial days. */
  readonly dates: readonly NumberCell[];
  readonly amounts: readonly NumberCell[];
  readonly orderKeys?: readonly KeyCell[];
  readonly memberKeys?: readonly KeyCell[];
  readonly units?: readonly NumberCell[];
}

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
  const notes: string[] = [];
  const currentSummary = summarise(sales, checkedPeriod(current), "current", notes);
  const previousSummary = summarise(sales, checkedPeriod(previous), "previous", notes);
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
  const warnings = partialPeriodWarnings(
    periodCoverage(sales.dates, current),
    periodCoverage(sales.dates, previous),
    toleranceDays,
  );
  return { current: currentSummary, previous: previousSummary, yoy, warnings, notes };
}

function summarise(sales: DatedSales, period: Period, which: string, notes: string[]): PeriodSummary {
  const rows = rowsInPeriod(sales.dates, period);
  if (rows.length === 0)
    throw new CoreError(
      "YOY_PERIOD_EMPTY",
      `No row falls in the ${which} period (${describePeriod(period)})`,
    );
  let gmv = 0;
  let units = 0;
  const orders = new Set<string>();
  const customers = new Set<string>();
  for (const row of rows) {
    gmv += numberOrNull(sales.amounts[row]) ?? 0;
    units += numberOrNull(sales.units?.[row]) ?? 0;
    const order = keyText(sales.orderKeys?.[row]);
    if (order !== null) orders.add(order);
    const member = keyText(sales.memberKeys?.[row]);
    if (member !== null) customers.add(member);
  }
  const hasMembers = sales.memberKeys !== undefined;
  if (!hasMembers) notes.push(`${which}.customers and ${which}.aov: no member column`);
  else if (customers.size === 0) notes.push(`${which}.aov: no customers in the period`);
  if (sales.units === undefined) notes.push(`${which}.units: no units column`);
  return {
    fromIso: isoDateFromSerial(period.fromSerial),
    toIso: isoDateFromSerial(period.toSerial),
    rows: rows.length,
    gmv,
    orders: sales.orderKeys === undefined ? rows.length : orders.size,
    ordersBasis: sales.orderKeys === undefined ? "rows" : "distinctOrderKeys",
    customers: hasMembers ? customers.size : null,
    units: sales.units === undefined ? null : units,
    aov: hasMembers && customers.size > 0 ? gmv / customers.size : null,
  };
}
