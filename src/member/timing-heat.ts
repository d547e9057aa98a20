import { splitSerial, weekdayOfSerial } from "../dates/serial-day";
import { readDatedOrders, type DatedOrderColumns } from "./orders";

export interface TimingHeat {
  readonly orderCount: number;
  /** Orders per weekday, index 0 = Sunday … 6 = Saturday (Excel WEEKDAY(d, 1) − 1). */
  readonly weekdayOrders: readonly number[];
  /**
   * Orders per weekday (7 rows, Sunday first) × hour of day (24 columns, 0 = 00:00–00:59). Null when no
   * order date carries a time of day: then the hours are unknown, not all midnight.
   */
  readonly weekdayHourOrders: readonly (readonly number[])[] | null;
  readonly hasTimeOfDay: boolean;
  /**
   * Orders stamped exactly 00:00:00 while other orders carry a time: possibly date-only values mixed into a
   * date-time column, which land in hour 0. Worth a note when large.
   */
  readonly ordersAtMidnight: number;
  readonly skippedRows: number;
}

/**
 * When members order: counts of orders by weekday and, when the dates carry a time of day, by weekday × hour
 * (a 7 × 24 heat table). An order's time is its earliest row's; times are rounded to the second before the
 * hour is taken (see splitSerial). "Has a time of day" means at least one order's time is not 00:00:00.
 * Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES
 * @example orderTimingHeat({ memberIds: ["a"], orderDates: [44201.75] }).weekdayHourOrders?.[2]?.[18] // 1 (Tuesday, 18:00)
 */
export function orderTimingHeat(columns: DatedOrderColumns): TimingHeat {
  const { orderDate, skippedRows } = readDatedOrders("orderTimingHeat", columns);
  const weekdayOrders = new Array<number>(7).fill(0);
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let ordersAtMidnight = 0;
  for (const dateSerial of orderDate) {
    const weekday = weekdayOfSerial(dateSerial);
    const { secondOfDay } = splitSerial(dateSerial);
    const hour = Math.floor(secondOfDay / 3600);
    weekdayOrders[weekday] = (weekdayOrders[weekday] as number) + 1;
    const row = cells[weekday] as number[];
    row[hour] = (row[hour] as number) + 1;
    if (secondOfDay === 0) ordersAtMidnight++;
  }
  const hasTimeOfDay = ordersAtMidnight < orderDate.length;
  return {
    orderCount: orderDate.length,
    weekdayOrders,
    weekdayHourOrders: hasTimeOfDay ? cells : null,
    hasTimeOfDay,
    ordersAtMidnight: hasTimeOfDay ? ordersAtMidnight : 0,
    skippedRows,
  };
}
