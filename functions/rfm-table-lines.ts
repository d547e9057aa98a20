import { CoreError } from "../src/errors";
import { isBlankIdCell } from "../src/rfm/member-index";
import type { MemberIdCell } from "../src/rfm/member-rfm";
import { isExcelSerialDay } from "../src/table/excel-serial";
import { errorCellProblem, type CellInput } from "./shared/cells";
import type { ReadLine } from "./shared/member-lines";

type Range = readonly (readonly CellInput[])[];

/** The order lines of =RFM.TABLE read from its three ranges. */
export interface OrderLines {
  readonly memberIds: MemberIdCell[];
  readonly orderDates: (number | null)[];
  readonly amounts: (number | null)[];
  readonly read: ReadLine[];
}

/**
 * =RFM.TABLE's order lines as the rfmTable job takes them (bad cells sent as blank), and what each line is for
 * planMemberRows: its member, its first bad cell (naming the range, row and column), whether the core uses it.
 */
export function readOrderLines(memberRange: Range, dateRange: Range, amountRange: Range): OrderLines {
  const memberIds: MemberIdCell[] = [];
  const orderDates: (number | null)[] = [];
  const amounts: (number | null)[] = [];
  const read: ReadLine[] = [];
  memberRange.forEach((row, rowIndex) =>
    row.forEach((idCell, columnIndex) => {
      const at = (name: string) => `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`;
      let problem: CoreError | null = null;
      const cell = <T>(
        value: CellInput,
        name: string,
        reader: (c: CellInput, what: string) => T,
      ): T | null => {
        try {
          return reader(value, at(name));
        } catch (error) {
          if (!(error instanceof CoreError)) throw error;
          problem ??= error;
          return null;
        }
      };
      const member = cell(idCell, "member_ids", memberIdFromCell);
      const idProblem = problem !== null;
      const date = cell(dateRange[rowIndex]?.[columnIndex] ?? null, "order_dates", dateFromCell);
      const amount = cell(amountRange[rowIndex]?.[columnIndex] ?? null, "amounts", amountFromCell);
      const blankId = member === null || isBlankIdCell(member);
      // A line without an amount is left out, as the pane and the command line leave it out (one answer at every
      // door); desktop Excel passes a blank amount as 0, which is a real amount and counts as an order of 0.
      const usable = problem === null && !blankId && date !== null && amount !== null;
      memberIds.push(problem === null ? member : null);
      orderDates.push(problem === null ? date : null);
      amounts.push(problem === null ? amount : null);
      read.push({
        member: idProblem ? undefined : blankId ? null : (member as string | number),
        problem,
        usable,
      });
    }),
  );
  return { memberIds, orderDates, amounts, read };
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

function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

function memberIdFromCell(cell: CellInput, what: string): MemberIdCell {
  if (isBlank(cell)) return null;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/** A date serial; blank and 0 (desktop's blank cell) are null and left out by rfmFromOrders. */
function dateFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell) || cell === 0) return null;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `${what} must be a date cell from 1900-01-01 to 9999-12-31 (got ${JSON.stringify(cell)})`,
  );
}

function amountFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell)) return null;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("AMOUNT_INVALID", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

/** An as_of cell left empty arrives as 0 on desktop (office-js issue 4702); serial 0 is no date, so 0 = not given. */
export function asOfFromCell(cell: CellInput): number | undefined {
  if (isBlank(cell) || cell === 0) return undefined;
  const errorProblem = errorCellProblem(cell, "as_of");
  if (errorProblem !== null) throw errorProblem;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError("AS_OF_NOT_A_DATE", `as_of must be a date (got ${JSON.stringify(cell)})`);
}
