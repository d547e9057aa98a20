import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import { MAX_SPILL_CELLS, requireSpillFits } from "../src/report/spill-limit";
import type { MemberIdCell } from "../src/rfm/member-rfm";
import { isExcelSerialDay } from "../src/table/excel-serial";
import { errorCellProblem, isBlankOrZeroCell, type CellInput } from "./shared/cells";
import type { MemberRowPlan } from "./shared/member-lines";
import { numberOrBlankReader, readMemberRows } from "./shared/member-rows";

type Range = readonly (readonly CellInput[])[];

/** The columns of =RFM.TABLE's and =RFM.CUSTOMERS' spill: member, recency days, frequency, monetary, R, F, M, segment. */
const TABLE_WIDTH = 8;

/** The order lines of =RFM.TABLE read from its three ranges, bad cells kept to their members. */
export interface OrderLines {
  readonly memberIds: MemberIdCell[];
  readonly orderDates: (number | null)[];
  readonly amounts: (number | null)[];
  readonly plan: MemberRowPlan;
}

/**
 * =RFM.TABLE's order lines as the rfmTable job takes them (bad cells, and the lines of a member with one, sent as
 * blank) and the plan that puts each such member's #VALUE! row in the spill (readMemberRows).
 *
 * @throws CoreError the first bad cell's problem when no line is left
 */
export function readOrderLines(memberRange: Range, dateRange: Range, amountRange: Range): OrderLines {
  // A line without an amount is left out, as the pane and the command line leave it out (one answer at every
  // door); desktop Excel passes a blank amount as 0, which is a real amount and counts as an order of 0.
  const { memberIds, values, plan } = readMemberRows(memberRange, [
    { name: "order_dates", range: dateRange, read: dateFromCell },
    { name: "amounts", range: amountRange, read: numberOrBlankReader("AMOUNT_INVALID") },
  ]);
  return { memberIds, orderDates: values[0] ?? [], amounts: values[1] ?? [], plan };
}

export function checkSameShape(ranges: Readonly<Record<string, Range>>): void {
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

/** A date serial; blank and 0 (desktop's blank cell) are null and left out by rfmFromOrders. */
function dateFromCell(cell: CellInput, what: string): number | null {
  if (isBlankOrZeroCell(cell)) return null;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `${what} must be a date cell from 1900-01-01 to 9999-12-31 (got ${JSON.stringify(cell)})`,
  );
}

/** An as_of cell left empty arrives as 0 on desktop (office-js issue 4702); serial 0 is no date, so 0 = not given. */
export function asOfFromCell(cell: CellInput): number | undefined {
  if (isBlankOrZeroCell(cell)) return undefined;
  const errorProblem = errorCellProblem(cell, "as_of");
  if (errorProblem !== null) throw errorProblem;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError("AS_OF_NOT_A_DATE", `as_of must be a date (got ${JSON.stringify(cell)})`);
}

/**
 * The spill of =RFM.TABLE and =RFM.CUSTOMERS: the job's header row, then its member rows with the #VALUE! row of
 * each member with a bad cell in order of first appearance (planMemberRows).
 *
 * @throws CoreError SPILL_TOO_LARGE, naming `functionName` and the doors that take more rows
 */
export function rfmSpillRows(
  table: readonly (readonly unknown[])[],
  plan: MemberRowPlan,
  functionName: "RFM.TABLE" | "RFM.CUSTOMERS",
): unknown[][] {
  const [header, ...members] = table;
  const rows = [[...(header ?? [])], ...plan.merge(members, TABLE_WIDTH)];
  requireSpillFits(rows.length * TABLE_WIDTH, () => {
    const cells = rows.length * TABLE_WIDTH;
    return `${functionName} would spill ${rows.length} rows × ${TABLE_WIDTH} columns (${cells} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`;
  });
  return rows;
}

/**
 * The core names its own function and option; the cell names the worksheet function and its arguments.
 * `latestOrder` is what the as-of date must not precede: "latest order" (order lines) or "latest last order".
 */
export function rfmInFunctionTerms(
  error: unknown,
  functionName: "RFM.TABLE" | "RFM.CUSTOMERS",
  latestOrder: string,
): unknown {
  if (!isCoreError(error)) return error;
  const { value, bound } = error.details;
  if (error.code === "AS_OF_BEFORE_LAST_ORDER" && value !== undefined && bound !== undefined) {
    return new CoreError(
      error.code,
      `${functionName}: the as-of date ${String(value)} is before the ${latestOrder} ${String(bound)} (as_of)`,
      { ...error.details, argument: "as_of" },
    );
  }
  return new CoreError(error.code, messageInTermsOf(error, functionName), error.details);
}
