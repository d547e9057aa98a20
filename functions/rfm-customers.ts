import { CoreError } from "../src/errors";
import { serialFromCompactDate } from "../src/table/parse-date";
import { asOfFromCell, checkSameShape, rfmInFunctionTerms, rfmSpillRows } from "./rfm-table-lines";
import { optionFromCell, type CellInput } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";
import { numberOrBlankReader, readMemberRows } from "./shared/member-rows";

/** Totals, order counts and recency days: blank is null (the row is left out), text is CELL_NOT_NUMBER. */
const numberOf = numberOrBlankReader("CELL_NOT_NUMBER");

/**
 * =RFM.TABLE's columns from a per-member table (one row per member, as R rfm's rfm_table_customer): frequency = the member's order count, monetary = the total amount, recency = days from the last order date to as_of (default: the day after the latest last order), or the recency days as given when last_order_kind is "days". Scores 1-5 by RFM.SCORE's rule and the segment by RFM.SEGMENT's rules, as =RFM.TABLE. Spills a header row, then one row per member in input order. Last order dates may be date cells or YYYYMMDD numbers (20210315). A row with a blank member id or a blank value is left out. A bad cell (an error such as #N/A, text where a number belongs, a date out of range) is kept to its row, as =RFM.TABLE keeps it to its member: that member's row shows its id and #VALUE! naming the range, row and column, and the scores are over the other members; a bad member id gets a #VALUE! row of its own. A member id that appears twice gives #VALUE! (this is one row per member: for order rows use =RFM.TABLE).
 * @customfunction RFM.CUSTOMERS
 * @cancelable
 * @param member_ids Member id of each row (one row per member), e.g. A2:A5000. Blank: the row is left out.
 * @param total_amounts Total amount of each member, a range the size of member_ids, e.g. B2:B5000.
 * @param order_counts Number of orders of each member, e.g. C2:C5000 (a whole number of 0 or more).
 * @param last_orders Last order date of each member (a date cell or YYYYMMDD), or recency days when last_order_kind is "days", e.g. D2:D5000.
 * @param [as_of] Date recency is counted to (default: the day after the latest last order; blank or 0 means the default).
 * @param [last_order_kind] "date" (default, also for an empty cell): last_orders are dates. "days": last_orders are days since the last order, used as given.
 * @param [language] Language of the header and segment labels: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
 * @returns A table with a header row: member, days since last order, orders, amount, R, F and M scores, segment.
 */
export async function rfmCustomers(
  member_ids: unknown[][],
  total_amounts: unknown[][],
  order_counts: unknown[][],
  last_orders: unknown[][],
  as_of?: unknown,
  last_order_kind?: unknown,
  language?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const locale = localeFromCell(language);
    const kind = optionFromCell(
      last_order_kind ?? null,
      ["date", "days"] as const,
      "date",
      "last_order_kind",
    );
    const asOfSerial = asOfFromCell(as_of ?? null);
    checkSameShape({ member_ids, total_amounts, order_counts, last_orders });
    // The cells are read here (their errors name the cell); the RFM table is built by an engine job.
    const rows = readMemberRows(member_ids, [
      { name: "total_amounts", range: total_amounts, read: numberOf },
      { name: "order_counts", range: order_counts, read: numberOf },
      { name: "last_orders", range: last_orders, read: kind === "date" ? dateOf : numberOf },
    ]);
    const [totals = [], orderCounts = [], lastOrders = []] = rows.values;
    const table = await runFunctionJob(
      "rfmCustomers",
      { memberIds: rows.memberIds, totals, orderCounts, lastOrders, lastOrderKind: kind, asOfSerial, locale },
      invocation,
    );
    return rfmSpillRows(table, rows.plan, "RFM.CUSTOMERS");
  } catch (error) {
    return [
      [
        toExcelError(
          rfmInFunctionTerms(error, "RFM.CUSTOMERS", "latest last order"),
          errorLocaleFromCell(language),
        ),
      ],
    ];
  }
}

/** A date cell (a serial) or a YYYYMMDD number (the study's SQL export writes last_order so). */
function dateOf(cell: CellInput, what: string): number | null {
  const value = numberOf(cell, what);
  if (value === null || value === 0) return null;
  const compact = serialFromCompactDate(value);
  if (compact !== null) return compact;
  if (value >= 1 && value <= 2958465) return value;
  throw new CoreError("DATE_INVALID", `${what} must be a date cell or YYYYMMDD (got ${value})`);
}
