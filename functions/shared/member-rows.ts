import { CoreError, type CoreErrorCode } from "../../src/errors";
import { idKeyOf, isBlankIdCell } from "../../src/rfm/member-index";
import type { MemberIdCell } from "../../src/rfm/member-rfm";
import { errorCellProblem, isBlankCell, type CellInput } from "./cells";
import { planMemberRows, type MemberRowPlan, type ReadLine } from "./member-lines";

type Range = readonly (readonly CellInput[])[];

/** One value range of a member-table function and how its cells read (throwing CoreError names the cell). */
export interface MemberRowColumn {
  /** The argument's name as the help text gives it, e.g. "amounts". */
  readonly name: string;
  readonly range: Range;
  /** The cell's number, or null for a blank (the row is left out). */
  readonly read: (cell: CellInput, what: string) => number | null;
}

/** The rows of a member-table function as its job takes them, and per row what planMemberRows needs. */
export interface MemberRows {
  /** Member ids as the job takes them: null for a blank id, a bad cell in the row, or a member with a bad row. */
  readonly memberIds: MemberIdCell[];
  /** Per column (in the order given), each row's value; null for a blank or a row with a bad cell. */
  readonly values: (number | null)[][];
  /** How bad cells are kept to their members' rows. */
  readonly plan: MemberRowPlan;
}

/**
 * Reads the rows of =RFM.TABLE (order lines) and =RFM.CUSTOMERS (one row per member) alike: a bad cell (an error
 * value such as #N/A arriving by allowErrorForDataTypeAny, text where a number or date belongs) is kept to its
 * member by planMemberRows (that member's rows go to the job as blank and its spill row shows #VALUE! naming
 * the range, row and column); a bad member id gets a #VALUE! row of its own; a row with a blank id or value is
 * left out. The ranges are read in row-major order and must have member_ids' shape (checkSameShape).
 *
 * @throws CoreError the first bad cell's problem when no row is left to compute
 */
export function readMemberRows(memberRange: Range, columns: readonly MemberRowColumn[]): MemberRows {
  const memberIds: MemberIdCell[] = [];
  const values: (number | null)[][] = columns.map(() => []);
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
      const rowValues = columns.map(({ name, range, read: reader }) =>
        cell(range[rowIndex]?.[columnIndex] ?? null, name, reader),
      );
      const blankId = member === null || isBlankIdCell(member);
      memberIds.push(problem === null ? member : null);
      rowValues.forEach((value, index) => values[index]?.push(problem === null ? value : null));
      read.push({
        member: idProblem ? undefined : blankId ? null : (member as string | number),
        problem,
        usable: problem === null && !blankId && rowValues.every((value) => value !== null),
      });
    }),
  );
  const plan = planMemberRows(read, idKeyOf);
  if (plan.firstProblem !== null && !read.some((line, index) => line.usable && !plan.dropped.has(index))) {
    throw plan.firstProblem; // no good row left: the bad cell explains more than "no usable rows"
  }
  return { memberIds: memberIds.map((id, index) => (plan.dropped.has(index) ? null : id)), values, plan };
}

/** A member id: text or a number; blank is null (the row is left out, as 0 is: no member id is 0). */
export function memberIdFromCell(cell: CellInput, what: string): MemberIdCell {
  if (isBlankCell(cell)) return null;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/**
 * A reader of number cells throwing `code` for text: blank is null (the row is left out); desktop Excel passes a
 * blank as 0, which is a real 0 here.
 */
export function numberOrBlankReader(code: CoreErrorCode): (cell: CellInput, what: string) => number | null {
  return (cell, what) => {
    if (isBlankCell(cell)) return null;
    const errorProblem = errorCellProblem(cell, what);
    if (errorProblem !== null) throw errorProblem;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    throw new CoreError(code, `${what} must be a number (got ${JSON.stringify(cell)})`);
  };
}
