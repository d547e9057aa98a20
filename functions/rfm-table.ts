import {
  asOfFromCell,
  checkSameShape,
  readOrderLines,
  rfmInFunctionTerms,
  rfmSpillRows,
} from "./rfm-table-lines";
import { optionFromCell } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";

/**
 * R, F and M, their scores and the segment of every member, from order rows, as R's rfm package computes them: recency = days from the member's last order to as_of; frequency = distinct order days (count_by "days", the default) or rows (count_by "rows", R rfm's count, for a table with one row per order); monetary = sum of amounts. Scores 1-5 over all members by RFM.SCORE's rule (edges = PERCENTILE.INC at 20/40/60/80 % + 1; fewer days score higher) and the segment by RFM.SEGMENT's rules. Spills a header row, then one row per member in order of first appearance. as_of defaults to the day after the latest order. Order dates must be date cells (serial numbers): a date typed as text gives #VALUE!. Rows with a blank member id, order date or amount are left out, as the task pane and the command line leave them out. Desktop Excel passes a blank cell as 0, which reads the same way for ids and dates (no id or date is 0), so a range selected past its data works (as_of blank or 0 means the default); a blank amount arrives there as 0, a real amount: an order of 0. A bad cell (an error such as #N/A, a text date, a text amount) is kept to its member: that member's row shows its id and #VALUE! naming the range, row and column, none of its rows counts, and the scores are over the other members; a bad member id gets a #VALUE! row of its own. A result over 100,000 cells gives #VALUE!: use the task pane or the command line (commerce-analytics rfm).
 * @customfunction RFM.TABLE
 * @cancelable
 * @param member_ids Member id of each order row (text or numbers), e.g. A2:A5000. Blank or 0: the row is left out. An error cell: a #VALUE! row of its own.
 * @param order_dates Order date of each row, a range the size of member_ids, e.g. B2:B5000. Blank or 0: the row is left out. An error cell: #VALUE! in that member's row only.
 * @param amounts Amount of each row, a range the size of member_ids, e.g. C2:C5000. Blank: the row is left out, as the task pane and the command line leave it out (desktop passes a blank as 0, an order of 0). An error cell: #VALUE! in that member's row only.
 * @param [as_of] Date recency is counted to (default: the day after the latest order; blank or 0 means the default).
 * @param [count_by] "days" (default, also for an empty cell): frequency = distinct order days of the member. "rows": every row is one order.
 * @param [language] Language of the header and segment labels: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
 * @returns A table with a header row: member, days since last order, orders, amount, R, F and M scores, segment.
 */
export async function rfmTable(
  member_ids: unknown[][],
  order_dates: unknown[][],
  amounts: unknown[][],
  as_of?: unknown,
  count_by?: unknown,
  language?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const locale = localeFromCell(language);
    const countBy = optionFromCell(count_by ?? null, ["days", "rows"] as const, "days", "count_by");
    const asOfSerial = asOfFromCell(as_of ?? null);
    checkSameShape({ member_ids, order_dates, amounts });
    // The cells are read here (their errors name the cell); the RFM table is built by an engine job.
    const lines = readOrderLines(member_ids, order_dates, amounts);
    const table = await runFunctionJob(
      "rfmTable",
      {
        memberIds: lines.memberIds,
        orderDates: lines.orderDates,
        amounts: lines.amounts,
        asOfSerial,
        frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders",
        locale,
      },
      invocation,
    );
    return rfmSpillRows(table, lines.plan, "RFM.TABLE");
  } catch (error) {
    return [
      [toExcelError(rfmInFunctionTerms(error, "RFM.TABLE", "latest order"), errorLocaleFromCell(language))],
    ];
  }
}
