import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import { MAX_SPILL_CELLS, requireSpillFits } from "../src/report/spill-limit";
import type { MemberIdCell } from "../src/rfm/member-rfm";
import { serialFromCompactDate } from "../src/table/parse-date";
import { asOfFromCell, checkSameShape } from "./rfm-table-lines";
import { errorCellProblem, isBlankCell, optionFromCell, type CellInput } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";

/** The columns of the spill, as =RFM.TABLE's: member, recency days, frequency, monetary, R, F, M, segment. */
const TABLE_WIDTH = 8;

type Range = readonly (readonly CellInput[])[];

/**
 * =RFM.TABLE's columns from a per-member table (one row per member, as R rfm's rfm_table_customer): frequency = the member's order count, monetary = the total amount, recency = days from the last order date to as_of (default: the day after the latest last order), or the recency days as given when last_order_kind is "days". Scores 1-5 by RFM.SCORE's rule and the segment by RFM.SEGMENT's rules, as =RFM.TABLE. Spills a header row, then one row per member in input order. Last order dates may be date cells or YYYYMMDD numbers (20210315). A row with a blank member id or a blank value is left out; an error or text cell gives #VALUE! naming the range, row and column; a member id that appears twice gives #VALUE! (this is one row per member: for order rows use =RFM.TABLE).
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
    const memberIds = cellsOf(member_ids, "member_ids", memberIdOf);
    requireSpillFits((memberIds.length + 1) * TABLE_WIDTH, () => spillMessage(memberIds.length + 1));
    return await runFunctionJob(
      "rfmCustomers",
      {
        memberIds,
        totals: cellsOf(total_amounts, "total_amounts", numberOf),
        orderCounts: cellsOf(order_counts, "order_counts", numberOf),
        lastOrders: cellsOf(last_orders, "last_orders", kind === "date" ? dateOf : numberOf),
        lastOrderKind: kind,
        asOfSerial,
        locale,
      },
      invocation,
    );
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error), errorLocaleFromCell(language))]];
  }
}

/** Row-major cells of a range through `read`, which names the cell in its errors. */
function cellsOf<T>(range: Range, name: string, read: (cell: CellInput, what: string) => T): T[] {
  return range.flatMap((row, rowIndex) =>
    row.map((cell, columnIndex) => read(cell, `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`)),
  );
}

function memberIdOf(cell: CellInput, what: string): MemberIdCell {
  if (isBlankCell(cell)) return null;
  const problem = errorCellProblem(cell, what);
  if (problem !== null) throw problem;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

function numberOf(cell: CellInput, what: string): number | null {
  if (isBlankCell(cell)) return null;
  const problem = errorCellProblem(cell, what);
  if (problem !== null) throw problem;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("CELL_NOT_NUMBER", `${what} must be a number (got ${JSON.stringify(cell)})`);
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

function spillMessage(rowCount: number): string {
  const cells = rowCount * TABLE_WIDTH;
  return `RFM.CUSTOMERS would spill ${rowCount} rows × ${TABLE_WIDTH} columns (${cells} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`;
}

/** The core names its own function; the cell names the worksheet function and its arguments. */
function inFunctionTerms(error: unknown): unknown {
  if (!isCoreError(error)) return error;
  const { value, bound } = error.details;
  if (error.code === "AS_OF_BEFORE_LAST_ORDER" && value !== undefined && bound !== undefined) {
    return new CoreError(
      error.code,
      `RFM.CUSTOMERS: the as-of date ${String(value)} is before the latest last order ${String(bound)} (as_of)`,
      { ...error.details, argument: "as_of" },
    );
  }
  return new CoreError(error.code, messageInTermsOf(error, "RFM.CUSTOMERS"), error.details);
}
