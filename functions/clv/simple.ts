import { simpleClv } from "../../src/clv/simple-clv";
import { simpleClvFromOrders } from "../../src/clv/simple-clv-orders";
import { CoreError } from "../../src/errors";
import { MAX_EXCEL_SERIAL } from "../../src/table/excel-serial";
import { parseDateText, serialFromCompactDate } from "../../src/table/parse-date";
import { isErrorCell, numberFromCell, type CellInput } from "../shared/cells";
import { toExcelError } from "../shared/excel-error";
import { isBlank, requireSameShape, requireSpillSize, type CellRange } from "./ranges";

/** Header of the per-member spill of =CLV(member_ids, order_dates, amounts, [registration_dates]). */
export const SIMPLE_CLV_HEADER = ["member", "lifetime days", "total spend", "value per day", "CLV"] as const;

/**
 * value_per_day × lifetime_days per cell. Either argument may be a single cell, applied to every cell of
 * the other; otherwise both must have the same shape. Each cell's problem becomes its own #VALUE!.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, SPILL_TOO_LARGE
 */
export function simpleClvCells(valuePerDay: CellRange, lifetimeDays: CellRange): unknown[][] {
  const single = (range: CellRange) => range.length === 1 && range[0]?.length === 1;
  const shape = single(valuePerDay) ? lifetimeDays : valuePerDay;
  if (!single(valuePerDay) && !single(lifetimeDays)) {
    requireSameShape(
      [
        { name: "value_per_day", range: valuePerDay },
        { name: "lifetime_days", range: lifetimeDays },
      ],
      "CLV",
    );
  }
  requireSpillSize(shape.length * (shape[0]?.length ?? 0), "CLV");
  const at = (range: CellRange, row: number, column: number) =>
    single(range) ? range[0]?.[0] : range[row]?.[column];
  return shape.map((row, rowIndex) =>
    row.map((_, columnIndex) => {
      try {
        return simpleClv(
          numberFromCell(at(valuePerDay, rowIndex, columnIndex) ?? null, "value_per_day"),
          numberFromCell(at(lifetimeDays, rowIndex, columnIndex) ?? null, "lifetime_days"),
        );
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
}

/**
 * The per-member simple CLV table (simpleClvFromOrders) as a spill: a header row, then member, lifetime days,
 * total spend, value per day (the population's for a member with 0 lifetime days) and CLV. Positions where
 * all of id, date and amount are blank are skipped.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, CLV_ORDER_CELL_INVALID, SPILL_TOO_LARGE and simpleClvFromOrders'
 */
export function simpleClvMemberTable(
  memberIds: CellRange,
  orderDates: CellRange,
  amounts: CellRange,
  registrationDates: CellRange | null,
): unknown[][] {
  const ranges = [
    { name: "member_ids", range: memberIds },
    { name: "order_dates", range: orderDates },
    { name: "amounts", range: amounts },
    ...(registrationDates === null ? [] : [{ name: "registration_dates", range: registrationDates }]),
  ];
  requireSameShape(ranges, "CLV");
  const ids: (string | number)[] = [];
  const dates: number[] = [];
  const spends: number[] = [];
  const registrations: (number | null)[] = [];
  memberIds.forEach((row, r) =>
    row.forEach((idCell, c) => {
      const dateCell = orderDates[r]?.[c] ?? null;
      const amountCell = amounts[r]?.[c] ?? null;
      if ([idCell, dateCell, amountCell].every(isBlank)) return;
      const where = `(row ${r + 1}, column ${c + 1})`;
      ids.push(memberIdFromCell(idCell, where));
      dates.push(dateSerialFromCell(dateCell, `order date ${where}`));
      spends.push(numberFromCell(amountCell, `amount ${where}`));
      const registration = registrationDates?.[r]?.[c] ?? null;
      registrations.push(
        isBlank(registration) ? null : dateSerialFromCell(registration, `registration date ${where}`),
      );
    }),
  );
  const result = simpleClvFromOrders({
    memberIds: ids,
    orderDateSerials: dates,
    amounts: spends,
    registrationDateSerials: registrations,
  });
  requireSpillSize((result.members.length + 1) * SIMPLE_CLV_HEADER.length, "CLV");
  return [
    [...SIMPLE_CLV_HEADER],
    ...result.members.map((member) => [
      member.memberId,
      member.lifetimeDays,
      member.totalSpend,
      member.valuePerDay ?? result.populationValuePerDay,
      member.clv,
    ]),
  ];
}

function memberIdFromCell(cell: CellInput, where: string): string | number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
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
  if (isErrorCell(cell))
    return new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
  if (isBlank(cell)) return new CoreError("CELL_BLANK", `${what} is blank`);
  return new CoreError("CLV_ORDER_CELL_INVALID", `${what} must be ${expected} (got ${JSON.stringify(cell)})`);
}
