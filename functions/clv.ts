import { isCoreError } from "../src/errors";
import { toExcelError } from "./shared/excel-error";
import { runSizedFunctionJob } from "./shared/engine";
import { ENGINE_FROM_CELLS } from "./shared/engine-thresholds";
import { simpleClvCells } from "./clv/simple-cells";
import { readSimpleClvLines, simpleClvSpill } from "./clv/simple-orders";

/** The core's "no table from these lines" failures, which a bad line left out may have caused. */
const NO_TABLE_CODES: readonly string[] = ["SIMPLE_CLV_NO_ORDERS", "SIMPLE_CLV_NO_LIFETIME"];

/** One #VALUE! (or other) cell for a whole-result failure. */
function errorSpill(error: unknown): unknown[][] {
  return [[toExcelError(error)]];
}

/**
 * Customer lifetime value, simple form (expected lifetime in days × value per day). Two forms, chosen by the arguments. (1) =CLV(value_per_day, lifetime_days): the product per cell; either may be one cell applied to every cell of the other range; a blank cell is 0, as in Excel's own =B2*C2 (desktop passes it as 0: one answer in both builds); an error or text cell gives #VALUE! in its own cell. (2) =CLV(member_ids, order_dates, amounts, [registration_dates]): one row per order line; spills a header row and per member: member, lifetime days (registration, or first order, to last order), total spend, value per day (spend / lifetime days; a member with 0 days gets the population's value per day), CLV = mean lifetime of all members × value per day. Dates may be date serials, yyyymmdd numbers or date text. Lines whose id, date and amount are all blank (or 0, desktop's blank) are skipped, and so are lines without an amount, as the task pane and the command line skip them (desktop passes a blank amount as 0, an order of 0); a blank registration date is unknown. A bad cell (an error such as #N/A, text, a blank id or date) is kept to its member: that member's row shows its id and #VALUE! naming the cell, none of its lines counts and the means are over the other members; a bad member id gets a #VALUE! row of its own. From 100,000 lines the work runs on the add-in's worker.
 * @customfunction CLV
 * @cancelable
 * @param value_per_day_or_member_ids Form 1: value per day (number or range; blank = 0, an error cell: #VALUE! in that cell). Form 2: member ids, one per order line (blank or 0 with a date: #VALUE! in a row of its own).
 * @param lifetime_days_or_order_dates Form 1: expected lifetime in days (number or range; blank = 0). Form 2: order dates (an error cell: #VALUE! in that member's row).
 * @param [amounts] Form 2 only: order amounts, same shape as member_ids (blank: the line is left out, as the task pane and the command line leave it out; desktop passes a blank as 0, an order of 0; an error cell: #VALUE! in that member's row). Giving it selects form 2.
 * @param [registration_dates] Form 2 only, optional: registration date per order line (blank or 0 = unknown; the first order is used).
 * @returns Form 1: CLV per cell. Form 2: the per-member table with a header row.
 */
export async function clv(
  value_per_day_or_member_ids: unknown[][],
  lifetime_days_or_order_dates: unknown[][],
  amounts?: unknown[][],
  registration_dates?: unknown[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    // An omitted optional argument arrives as null in Excel (undefined when called from JavaScript).
    if (amounts === undefined || amounts === null) {
      return simpleClvCells(value_per_day_or_member_ids, lifetime_days_or_order_dates);
    }
    const lineCount = value_per_day_or_member_ids.reduce((count, row) => count + row.length, 0);
    const { orders, plan } = readSimpleClvLines(
      value_per_day_or_member_ids,
      lifetime_days_or_order_dates,
      amounts,
      registration_dates ?? null,
    );
    if (plan.firstProblem !== null && orders.memberIds.length === 0) throw plan.firstProblem;
    try {
      const result = await runSizedFunctionJob(
        "clvSimpleOrders",
        orders,
        { size: lineCount, engineFrom: ENGINE_FROM_CELLS.clvSimpleOrders },
        invocation,
      );
      return simpleClvSpill(result, plan);
    } catch (error) {
      // The good lines alone give no table (e.g. no lifetime left): the bad cell explains more.
      const noTable = isCoreError(error) && NO_TABLE_CODES.includes(error.code);
      throw noTable && plan.firstProblem !== null ? plan.firstProblem : error;
    }
  } catch (error) {
    return errorSpill(error);
  }
}
