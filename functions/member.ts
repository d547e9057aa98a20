import { CoreError, isCoreError } from "../src/errors";
import type { Locale } from "../src/i18n/locale";
import { memberText, type MemberMessageKey } from "../src/i18n/messages/member";
import { isCalendarSerial } from "../src/dates/civil-date";
import { sensitivityFromCounts, type SensitivityTag } from "../src/member/sensitivity-tag";
import { sensitivityTagLabel } from "../src/report/member-sensitivity";
import { isBlankCell, isBlankOrZeroCell, isErrorCell, numberFromCell, type CellInput } from "./shared/cells";
import { runSizedFunctionJob } from "./shared/engine";
import { ENGINE_FROM_CELLS } from "./shared/engine-thresholds";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";
import { keyCells, requireSameShape } from "./shared/range-columns";

/**
 * Purchase cycle of members: for each member, the days between their last two distinct purchase days (time of day ignored, so several orders on one day are one purchase day). Spills a two-column table with a header row: members with an order, members with a cycle (two or more purchase days), then over the members with a cycle the mean, Q1, median and Q3 in days (QUARTILE.INC, R type 7), and the suggested lapsed-after days, Q3 + 1.5 × (Q3 − Q1) rounded up. Order dates are date cells (serial numbers); text is #VALUE!. Rows with a blank member id or order date are left out, in both builds (desktop Excel passes a blank cell as 0, and neither an id nor a date is 0). An error cell (e.g. #N/A) gives #VALUE! naming its range, row and column: every figure depends on every row. No member with two purchase days gives #N/A. From 25,000 rows the work runs on the add-in's worker.
 * @customfunction CYCLE.STATS
 * @cancelable
 * @param member_ids Member id of each order row (text or numbers), e.g. A2:A1000. Blank or 0: the row is left out. An error cell: #VALUE! naming it.
 * @param order_dates Order date of each row, a range of the same size as member_ids, e.g. B2:B1000. Blank or 0: the row is left out. An error cell: #VALUE! naming it.
 * @param [language] Language of the labels: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
 * @returns A table of two columns (measure, value) with a header row.
 */
export async function cycleStats(
  member_ids: unknown[][],
  order_dates: unknown[][],
  language?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const locale = localeFromCell(language);
    requireSameShape("CYCLE.STATS", { member_ids, order_dates });
    const memberIds = keyCells(member_ids, "member_ids");
    const orderDates = order_dates.flatMap((row, rowIndex) =>
      row.map((cell, columnIndex) =>
        dateFromCell(cell, `order_dates (row ${rowIndex + 1}, column ${columnIndex + 1})`),
      ),
    );
    const stats = await runSizedFunctionJob(
      "cycleStats",
      { memberIds, orderDates },
      { size: memberIds.length, engineFrom: ENGINE_FROM_CELLS.cycleStats },
      invocation,
    );
    const t = (key: MemberMessageKey): string => memberText(locale, key);
    return [
      [t("colMeasure"), t("colValue")],
      [t("statMembers"), stats.memberCount],
      [t("statWithCycle"), stats.membersWithCycle],
      [t("statMean"), stats.mean],
      [t("statQ1"), stats.q1],
      [t("statMedian"), stats.median],
      [t("statQ3"), stats.q3],
      [t("statLapsed"), stats.lapsedAfterDays],
    ];
  } catch (error) {
    return [[cycleError(error)]];
  }
}

/**
 * Promotion sensitivity of each member: share = coupon_orders / orders, tagged against the quartiles of the shares of all valid rows given (QUARTILE.INC, R type 7): "low" when share ≤ Q1, "high" when share ≥ Q3, "mid" in between; when Q1 = Q3, a share of 100% is "high" and any other "low". A blank coupon_orders cell counts as 0. A row whose two cells are both blank or 0 (no orders: desktop Excel passes blank cells as 0) stays blank and is left out, in both builds, so ranges selected past their data work. A row whose orders is blank, 0 or negative (with coupon orders), or whose coupon_orders is negative or above orders, or that holds an error cell (e.g. #N/A) or text, gets #VALUE! with a message in its own cell and is left out of the quartiles.
 * @customfunction PROMO.SENSITIVITY
 * @param coupon_orders Orders in which each member used a coupon or a discount, e.g. C2:C500. Blank = 0. An error cell: #VALUE! in that row only.
 * @param orders Orders of each member, a range of the same size as coupon_orders, e.g. D2:D500. Blank or 0 with coupon_orders blank or 0: a blank row; else #VALUE!. An error cell: #VALUE! in that row only.
 * @param [language] Language of the tags: "en" (default, also for an empty cell: low, mid, high), "zh-TW" or "zh-CN" (低, 中, 高).
 * @returns The tag of each member (spills one tag per row).
 */
export function promoSensitivity(
  coupon_orders: unknown[][],
  orders: unknown[][],
  language?: unknown,
): unknown[][] {
  let locale: Locale;
  try {
    locale = localeFromCell(language);
    requireSameShape("PROMO.SENSITIVITY", { coupon_orders, orders });
  } catch (error) {
    const excelError = toExcelError(error);
    return coupon_orders.map((row) => row.map(() => excelError));
  }
  const counts = coupon_orders.map((row, rowIndex) =>
    row.map((cell, columnIndex): OrderCounts | CustomFunctions.Error | "" => {
      const ordersCell = orders[rowIndex]?.[columnIndex] ?? null;
      if (isBlankOrZeroCell(cell) && isBlankOrZeroCell(ordersCell)) return "";
      try {
        return orderCounts(cell, ordersCell);
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
  const valid = counts
    .flat()
    .filter((entry): entry is OrderCounts => typeof entry === "object" && "orders" in entry);
  if (valid.length === 0) return counts.map((row) => row.map((entry) => entry as CustomFunctions.Error | ""));
  const { tags } = sensitivityFromCounts(
    valid.map((entry) => entry.couponOrders),
    valid.map((entry) => entry.orders),
  );
  let next = 0;
  return counts.map((row) =>
    row.map((entry) =>
      typeof entry === "object" && "orders" in entry
        ? sensitivityTagLabel(locale, tags[next++] as SensitivityTag)
        : entry,
    ),
  );
}

interface OrderCounts {
  readonly couponOrders: number;
  readonly orders: number;
}

function orderCounts(couponCell: CellInput, ordersCell: CellInput): OrderCounts {
  const couponOrders = isBlankCell(couponCell) ? 0 : numberFromCell(couponCell, "coupon_orders");
  const orders = numberFromCell(ordersCell, "orders");
  if (!(orders > 0)) throw new CoreError("ORDER_COUNT_INVALID", `orders must be above 0 (got ${orders})`);
  if (couponOrders < 0 || couponOrders > orders) {
    throw new CoreError(
      "ORDER_COUNT_INVALID",
      `coupon_orders must be between 0 and orders (got ${couponOrders} of ${orders})`,
    );
  }
  return { couponOrders, orders };
}

/** An order date: a date serial from 1900-03-01 on; blank (null, "", 0 from desktop) is null. */
function dateFromCell(cell: CellInput, what: string): number | null {
  if (isErrorCell(cell)) {
    throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
  }
  if (cell === null || cell === undefined || cell === "" || cell === 0) return null;
  if (typeof cell === "number" && isCalendarSerial(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `${what} must be a date from 1900-03-01 to 9999-12-31 (got ${JSON.stringify(cell)})`,
  );
}

/** Nothing to summarise is #N/A ("not available"), with a message; bad input stays #VALUE!. */
function cycleError(error: unknown): CustomFunctions.Error {
  if (!isCoreError(error)) return toExcelError(error);
  const notAvailable: Readonly<Record<string, string>> = {
    NO_MEMBERS: "CYCLE.STATS requires at least one member id",
    NO_DATES: "CYCLE.STATS requires at least one row with both a member id and an order date",
    NO_REPEAT_PURCHASES: "CYCLE.STATS requires at least one member who bought on two different days",
  };
  const message = notAvailable[error.code];
  if (message === undefined) return toExcelError(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}
