import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import { MAX_SPILL_CELLS, requireSpillFits } from "../src/report/spill-limit";
import { idKeyOf } from "../src/rfm/member-index";
import { asOfFromCell, checkSameShape, readOrderLines } from "./rfm-table-lines";
import { optionFromCell } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";
import { planMemberRows } from "./shared/member-lines";

/** The columns of RFM.TABLE's spill: member, recency days, frequency, monetary, R, F, M scores, segment. */
const TABLE_WIDTH = 8;

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
    const plan = planMemberRows(lines.read, idKeyOf);
    const memberIds = lines.memberIds.map((id, index) => (plan.dropped.has(index) ? null : id));
    if (
      plan.firstProblem !== null &&
      !lines.read.some((line, index) => line.usable && !plan.dropped.has(index))
    ) {
      throw plan.firstProblem; // no good row left: the bad cell explains more than "no usable rows"
    }
    const table = await runFunctionJob(
      "rfmTable",
      {
        memberIds,
        orderDates: lines.orderDates,
        amounts: lines.amounts,
        asOfSerial,
        frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders",
        locale,
      },
      invocation,
    );
    const [header, ...members] = table;
    const rows = [header ?? [], ...plan.merge(members, TABLE_WIDTH)];
    requireSpillFits(rows.length * TABLE_WIDTH, () => spillMessage(rows.length));
    return rows;
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error), errorLocaleFromCell(language))]];
  }
}

function spillMessage(rowCount: number): string {
  const cells = rowCount * TABLE_WIDTH;
  return `RFM.TABLE would spill ${rowCount} rows × ${TABLE_WIDTH} columns (${cells} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`;
}

/** The core names its own function and option; the cell names the worksheet function and its arguments. */
function inFunctionTerms(error: unknown): unknown {
  if (!isCoreError(error)) return error;
  const { value, bound } = error.details;
  if (error.code === "AS_OF_BEFORE_LAST_ORDER" && value !== undefined && bound !== undefined) {
    return new CoreError(
      error.code,
      `RFM.TABLE: the as-of date ${String(value)} is before the latest order ${String(bound)} (as_of)`,
      { ...error.details, argument: "as_of" },
    );
  }
  return new CoreError(error.code, messageInTermsOf(error, "RFM.TABLE"), error.details);
}
