import { thresholdLevelChecked, validateBreakpoints, type LevelOrder } from "../src/rfm/level";
import {
  mapCells,
  numberFromCell,
  numbersFromRange,
  optionFromCell,
  withoutTrailingBlankZeros,
} from "./shared/cells";
import { toExcelError } from "./shared/excel-error";

/**
 * Level of each value against ascending breakpoints (the member study's step functions). A value equal to a breakpoint takes the level of the band that starts there. Order counts with breakpoints {2,3,4,7}: 7 or more → 0, 4 to 6 → 1, 3 → 2, 2 → 3, 1 → 4. Sales with {5000,10000,30000,50000,70000,150000}: 150000 or more → 0, 70000 up to 149999.99 → 1, 50000 → 2 (through 69999.99), 30000 → 3, 10000 → 4, 5000 → 5, below 5000 → 6. A blank value cell gives #VALUE! on Excel on the web; desktop Excel passes a blank cell as 0, which gets the level of 0. Blank breakpoint cells are ignored: desktop's 0s after the last positive breakpoint ({2,3,4,7,0,0}) are read as blanks, a 0 first or after a negative breakpoint is a real 0. An error cell in value gives #VALUE! naming the error (e.g. #N/A) in that cell only; an error cell in breakpoints gives #VALUE! naming it.
 * @customfunction RFM.LEVEL
 * @param value A number, or a range of numbers (spills one level per cell). Blank: #VALUE! on the web, the level of 0 on desktop (which passes 0). An error cell: #VALUE! in that cell only.
 * @param breakpoints Strictly ascending breakpoints, e.g. {2,3,4,7} (blank cells, and 0s after the last positive one, are ignored). An error cell gives every cell #VALUE! naming it.
 * @param [order] "desc" (default; also blank or 0): higher values get level 0. "asc": lower values get level 0 (e.g. recency days).
 * @returns The level of each value: 0 to the number of breakpoints.
 */
export function rfmLevel(value: unknown[][], breakpoints: unknown[][], order?: unknown): unknown[][] {
  let checkedBreakpoints: number[];
  let levelOrder: LevelOrder;
  try {
    checkedBreakpoints = withoutTrailingBlankZeros(numbersFromRange(breakpoints, "breakpoint"));
    validateBreakpoints(checkedBreakpoints);
    levelOrder = optionFromCell(order ?? null, ["desc", "asc"] as const, "desc", "order");
  } catch (error) {
    const excelError = toExcelError(error);
    return value.map((row) => row.map(() => excelError));
  }
  return mapCells(
    value,
    (cell) => thresholdLevelChecked(numberFromCell(cell, "value"), checkedBreakpoints, levelOrder),
    toExcelError,
  );
}
