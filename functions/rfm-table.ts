import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import type { MemberIdCell } from "../src/rfm/member-rfm";
import { isExcelSerialDay } from "../src/table/excel-serial";
import { isErrorCell, optionFromCell, type CellInput } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";

type Range = readonly (readonly CellInput[])[];

/**
 * R, F and M, their scores and the segment of every member, from order rows, as R's rfm package computes them: recency = days from the member's last order to as_of; frequency = distinct order days (count_by "days", the default) or rows (count_by "rows", R rfm's count, for a table with one row per order); monetary = sum of amounts. Scores 1-5 over all members by RFM.SCORE's rule (edges = PERCENTILE.INC at 20/40/60/80 % + 1; fewer days score higher) and the segment by RFM.SEGMENT's rules. Spills a header row, then one row per member in order of first appearance. as_of defaults to the day after the latest order. Order dates must be date cells (serial numbers): a date typed as text gives #VALUE!. Rows with a blank member id, order date or amount are left out (desktop Excel passes a blank cell as 0, read as blank for dates, so a row of blanks is left out; as_of blank or 0 means the default). An error cell (e.g. #N/A) gives #VALUE! naming its range, row and column. A result over 100,000 cells gives #VALUE!: use the task pane or the command line (commerce-analytics rfm).
 * @customfunction RFM.TABLE
 * @cancelable
 * @param member_ids Member id of each order row (text or numbers), e.g. A2:A5000.
 * @param order_dates Order date of each row, a range the size of member_ids, e.g. B2:B5000.
 * @param amounts Amount of each row, a range the size of member_ids, e.g. C2:C5000.
 * @param [as_of] Date recency is counted to (default: the day after the latest order).
 * @param [count_by] "days" (default): frequency = distinct order days of the member. "rows": every row is one order.
 * @param [language] Language of the header and segment labels: "en" (default), "zh-TW" or "zh-CN".
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
    return await runFunctionJob(
      "rfmTable",
      {
        memberIds: readCells(member_ids, "member_ids", memberIdFromCell),
        orderDates: readCells(order_dates, "order_dates", dateFromCell),
        amounts: readCells(amounts, "amounts", amountFromCell),
        asOfSerial,
        frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders",
        locale,
      },
      invocation,
    );
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error))]];
  }
}

function checkSameShape(ranges: Readonly<Record<string, Range>>): void {
  const shape = (range: Range): string => `${range.length}×${range[0]?.length ?? 0}`;
  const shapes = Object.entries(ranges).map(([name, range]) => `${name} ${shape(range)}`);
  const [first, ...others] = Object.values(ranges);
  const same = others.every(
    (range) =>
      range.length === first?.length && range.every((row, index) => row.length === first[index]?.length),
  );
  if (!same) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `the three ranges must be the same size (got ${shapes.join(", ")})`,
    );
  }
}

/** The cells of a range in row-major order, each read by `read` with its position for messages. */
function readCells<T>(range: Range, name: string, read: (cell: CellInput, what: string) => T): T[] {
  const values: T[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      const what = `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`;
      if (isErrorCell(cell)) {
        throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
      }
      values.push(read(cell, what));
    }),
  );
  return values;
}

function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

function memberIdFromCell(cell: CellInput, what: string): MemberIdCell {
  if (isBlank(cell)) return null;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/** A date serial; blank and 0 (desktop's blank cell) are null and left out by rfmFromOrders. */
function dateFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell) || cell === 0) return null;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `${what} must be a date cell from 1900-01-01 to 9999-12-31 (got ${JSON.stringify(cell)})`,
  );
}

function amountFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("AMOUNT_INVALID", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

/** An as_of cell left empty arrives as 0 on desktop (office-js issue 4702); serial 0 is no date, so 0 = not given. */
function asOfFromCell(cell: CellInput): number | undefined {
  if (isBlank(cell) || cell === 0) return undefined;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError("AS_OF_NOT_A_DATE", `as_of must be a date (got ${JSON.stringify(cell)})`);
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
