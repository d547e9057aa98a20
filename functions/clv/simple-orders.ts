import type { SimpleClvOrders, SimpleClvResult } from "../../src/clv/simple-clv-orders";
import { CoreError } from "../../src/errors";
import { MAX_EXCEL_SERIAL } from "../../src/table/excel-serial";
import { parseDateText, serialFromCompactDate } from "../../src/table/parse-date";
import { errorCellProblem, isBlankOrZeroCell, numberFromCell, type CellInput } from "../shared/cells";
import { planMemberRows, type MemberRowPlan, type ReadLine } from "../shared/member-lines";
import { isBlank, requireSameShape, requireSpillSize, type CellRange } from "./ranges";

/** Header of the per-member spill of =CLV(member_ids, order_dates, amounts, [registration_dates]). */
export const SIMPLE_CLV_HEADER = ["member", "lifetime days", "total spend", "value per day", "CLV"] as const;

/** The order lines of =CLV's second form, ready for the clvSimpleOrders job, and the plan for bad lines. */
export interface SimpleClvLines {
  readonly orders: SimpleClvOrders;
  readonly plan: MemberRowPlan;
}

/**
 * Reads the order lines of =CLV(member_ids, order_dates, amounts, [registration_dates]). A line whose id, date and
 * amount are all blank (or 0, desktop's blank: no id or date is 0) is skipped, and so is a line with a blank
 * amount, as the pane and the command line skip it (one answer at every door; desktop Excel passes a blank amount
 * as 0, a real amount, so there it is an order of 0); a blank registration date is unknown. Any other bad cell (a blank id or date, an error such as #N/A, text)
 * is kept to its member by planMemberRows: the member's lines are left out of `orders`.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH
 */
export function readSimpleClvLines(
  memberIds: CellRange,
  orderDates: CellRange,
  amounts: CellRange,
  registrationDates: CellRange | null,
): SimpleClvLines {
  const ranges = [
    { name: "member_ids", range: memberIds },
    { name: "order_dates", range: orderDates },
    { name: "amounts", range: amounts },
    ...(registrationDates === null ? [] : [{ name: "registration_dates", range: registrationDates }]),
  ];
  requireSameShape(ranges, "CLV");
  const lines: { id: string | number; date: number; spend: number; registration: number | null }[] = [];
  const read: ReadLine[] = [];
  memberIds.forEach((row, r) =>
    row.forEach((idCell, c) => {
      const dateCell = orderDates[r]?.[c] ?? null;
      const amountCell = amounts[r]?.[c] ?? null;
      if ([idCell, dateCell, amountCell].every(isBlankOrZeroCell) || isBlank(amountCell)) return;
      const where = `(row ${r + 1}, column ${c + 1})`;
      let id: string | number | undefined;
      try {
        id = memberIdFromCell(idCell, where);
        const registration = registrationDates?.[r]?.[c] ?? null;
        lines.push({
          id,
          date: dateSerialFromCell(dateCell, `order date ${where}`),
          spend: numberFromCell(amountCell, `amount ${where}`),
          registration: isBlankOrZeroCell(registration)
            ? null
            : dateSerialFromCell(registration, `registration date ${where}`),
        });
        read.push({ member: id, problem: null, usable: true });
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        lines.push({ id: "", date: 0, spend: 0, registration: null });
        read.push({ member: id, problem: error, usable: false });
      }
    }),
  );
  const plan = planMemberRows(read, (member) => member);
  const kept = lines.filter((_, index) => read[index]?.problem === null && !plan.dropped.has(index));
  return {
    orders: {
      memberIds: kept.map((line) => line.id),
      orderDateSerials: kept.map((line) => line.date),
      amounts: kept.map((line) => line.spend),
      registrationDateSerials: kept.map((line) => line.registration),
    },
    plan,
  };
}

/**
 * The per-member simple CLV table as a spill: a header row, then member, lifetime days, total spend, value per
 * day (the population's for a member with 0 lifetime days) and CLV, with the #VALUE! rows of members with a bad
 * line in order of first appearance (planMemberRows).
 *
 * @throws CoreError SPILL_TOO_LARGE
 */
export function simpleClvSpill(result: SimpleClvResult, plan: MemberRowPlan): unknown[][] {
  const members = result.members.map((member) => [
    member.memberId,
    member.lifetimeDays,
    member.totalSpend,
    member.valuePerDay ?? result.populationValuePerDay,
    member.clv,
  ]);
  const rows = [[...SIMPLE_CLV_HEADER], ...plan.merge(members, SIMPLE_CLV_HEADER.length)];
  requireSpillSize(rows.length * SIMPLE_CLV_HEADER.length, "CLV");
  return rows;
}

/** A member id: text (trimmed) or a number; blank and 0 (desktop's blank) are a problem of the line. */
function memberIdFromCell(cell: CellInput, where: string): string | number {
  if (typeof cell === "number" && Number.isFinite(cell) && cell !== 0) return cell;
  if (typeof cell === "string" && cell.trim() !== "") return cell.trim();
  throw invalidCell(cell, `member id ${where}`, "a member id (text or number)");
}

/**
 * A date cell as an Excel serial: a serial number, an 8-digit yyyymmdd number or text (20210105, as some
 * exports store dates), or date text such as "2021-01-05" (see parseDateText).
 */
function dateSerialFromCell(cell: CellInput, what: string): number {
  if (typeof cell === "number" && Number.isFinite(cell)) {
    if (cell >= 1 && cell <= MAX_EXCEL_SERIAL) return cell;
    const compact = serialFromCompactDate(cell);
    if (compact !== null) return compact;
  }
  if (typeof cell === "string") {
    const parsed = parseDateText(cell, { allowCompact: true });
    if (parsed !== null) return parsed;
  }
  throw invalidCell(cell, what, "a date");
}

function invalidCell(cell: CellInput, what: string, expected: string): CoreError {
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) return errorProblem;
  if (isBlankOrZeroCell(cell)) return new CoreError("CELL_BLANK", `${what} is blank`);
  return new CoreError("CLV_ORDER_CELL_INVALID", `${what} must be ${expected} (got ${JSON.stringify(cell)})`);
}
