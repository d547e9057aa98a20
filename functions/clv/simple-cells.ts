import { simpleClv } from "../../src/clv/simple-clv";
import { numberFromCell } from "../shared/cells";
import { toExcelError } from "../shared/excel-error";
import { isBlank, requireSameShape, requireSpillSize, type CellRange } from "./ranges";

/**
 * value_per_day × lifetime_days per cell. Either argument may be a single cell, applied to every cell of
 * the other; otherwise both must have the same shape. A blank cell is 0; each cell's problem (an error cell,
 * text, a negative value) becomes its own #VALUE!.
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
        // A blank cell is 0, as in Excel's own =B2*C2 (desktop passes it as 0): one answer in both builds.
        const read = (range: CellRange, name: string): number => {
          const cell = at(range, rowIndex, columnIndex) ?? null;
          return isBlank(cell) ? 0 : numberFromCell(cell, name);
        };
        return simpleClv(read(valuePerDay, "value_per_day"), read(lifetimeDays, "lifetime_days"));
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
}
