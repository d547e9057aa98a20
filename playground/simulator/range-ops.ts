import { MAX_COLUMNS, MAX_ROWS, type CellRect } from "./address";
import { ErrorCodes, excelError } from "./errors";
import { bindFormula } from "./formula";
import type { SheetModel, WorkbookModel } from "./model";
import { interpretFormat, interpretValue, type ValueInput } from "./value-input";

/** What a Range proxy resolves to: a block of cells on a sheet. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: CellRect;
}

/** Excel's read limit: "A range is limited to 5,000,000 cells for read operations" (resource-limits doc). */
export const READ_CELL_LIMIT = 5_000_000;

export function readGrid<T>(target: RangeTarget, cell: (row: number, column: number) => T): T[][] {
  const { rect } = target;
  if (rect.rowCount * rect.columnCount > READ_CELL_LIMIT) {
    throw excelError(
      ErrorCodes.rangeExceedsLimit,
      "The cell count in the range has exceeded the maximum supported number.",
    );
  }
  const grid: T[][] = [];
  for (let row = 0; row < rect.rowCount; row++) {
    const line: T[] = [];
    for (let column = 0; column < rect.columnCount; column++) {
      line.push(cell(rect.startRow + row, rect.startColumn + column));
    }
    grid.push(line);
  }
  return grid;
}

/**
 * The 2-D array written to `values`/`numberFormat` must match the range's shape exactly, else InvalidArgument
 * ("The number of rows or columns in the input array doesn't match the size or dimensions of the range."). A
 * single non-array value is applied to every cell (OfficeDev/office-js-docs-reference issue 354).
 */
function cellInputs<T>(
  target: RangeTarget,
  input: unknown,
  interpret: (element: unknown) => T,
  what: string,
): T[][] {
  const { rowCount, columnCount } = target.rect;
  if (!Array.isArray(input)) {
    const single = interpret(input);
    return Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => single));
  }
  const shapeMatches =
    input.length === rowCount && input.every((line) => Array.isArray(line) && line.length === columnCount);
  if (!shapeMatches) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range is ${rowCount}×${columnCount}).`,
    );
  }
  return (input as unknown[][]).map((line) => line.map(interpret));
}

/** Writes `values`; a formula that the simulator calculates is bound to the sheet it refers to now (formula.ts). */
export function writeValues(model: WorkbookModel, target: RangeTarget, input: unknown): void {
  const inputs = cellInputs<ValueInput>(target, input, interpretValue, "values");
  if (inputs.some((line) => line.some((cell) => cell.kind === "invalid"))) {
    throw excelError(ErrorCodes.invalidArgument, "values may hold only numbers, strings, Booleans and null.");
  }
  const { sheet, rect } = target;
  inputs.forEach((line, row) =>
    line.forEach((cell, column) => {
      if (cell.kind === "clear")
        sheet.cells.setValue(rect.startRow + row, rect.startColumn + column, undefined);
      if (cell.kind === "set") {
        const formula = cell.formula === undefined ? undefined : bindFormula(model, sheet, cell.formula);
        sheet.cells.setValue(rect.startRow + row, rect.startColumn + column, cell.value, formula);
      }
    }),
  );
}

export function writeNumberFormats(target: RangeTarget, input: unknown): void {
  const inputs = cellInputs(target, input, interpretFormat, "numberFormat");
  if (inputs.some((line) => line.some((cell) => cell.kind === "invalid"))) {
    throw excelError(ErrorCodes.invalidArgument, "numberFormat may hold only strings and null.");
  }
  const { sheet, rect } = target;
  inputs.forEach((line, row) =>
    line.forEach((cell, column) => {
      if (cell.kind === "set")
        sheet.cells.setFormat(rect.startRow + row, rect.startColumn + column, cell.format);
    }),
  );
}

/** A block relative to another; InvalidArgument when it leaves the grid or has no cells. */
export function relativeRect(
  base: CellRect,
  rowOffset: number,
  columnOffset: number,
  rowCount: number,
  columnCount: number,
): CellRect {
  const rect = {
    startRow: base.startRow + rowOffset,
    startColumn: base.startColumn + columnOffset,
    rowCount,
    columnCount,
  };
  const inside =
    [rowOffset, columnOffset, rowCount, columnCount].every(Number.isInteger) &&
    rowCount >= 1 &&
    columnCount >= 1 &&
    rect.startRow >= 0 &&
    rect.startColumn >= 0 &&
    rect.startRow + rowCount <= MAX_ROWS &&
    rect.startColumn + columnCount <= MAX_COLUMNS;
  if (!inside)
    throw excelError(ErrorCodes.invalidArgument, "The range would fall outside the worksheet grid.");
  return rect;
}

/**
 * Range.getSurroundingRegion (ExcelApi 1.7): "a range bounded by any combination of blank rows and blank
 * columns relative to this range", i.e. Excel's current region (Ctrl+A / Ctrl+*) around the top-left cell.
 * Grows one side at a time until the ring around the block (diagonals included) is blank.
 */
export function surroundingRegion(target: RangeTarget): CellRect {
  const { cells } = target.sheet;
  let top = target.rect.startRow;
  let left = target.rect.startColumn;
  let bottom = top;
  let right = left;
  for (let grown = true; grown;) {
    grown = false;
    while (bottom + 1 < MAX_ROWS && cells.rowHasValue(bottom + 1, left - 1, right + 1))
      [bottom, grown] = [bottom + 1, true];
    while (top > 0 && cells.rowHasValue(top - 1, left - 1, right + 1)) [top, grown] = [top - 1, true];
    while (right + 1 < MAX_COLUMNS && cells.columnHasValue(right + 1, top - 1, bottom + 1))
      [right, grown] = [right + 1, true];
    while (left > 0 && cells.columnHasValue(left - 1, top - 1, bottom + 1)) [left, grown] = [left - 1, true];
  }
  return { startRow: top, startColumn: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return (
    a.startRow < b.startRow + b.rowCount &&
    b.startRow < a.startRow + a.rowCount &&
    a.startColumn < b.startColumn + b.columnCount &&
    b.startColumn < a.startColumn + a.columnCount
  );
}

export function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.startRow >= outer.startRow &&
    inner.startColumn >= outer.startColumn &&
    inner.startRow + inner.rowCount <= outer.startRow + outer.rowCount &&
    inner.startColumn + inner.columnCount <= outer.startColumn + outer.columnCount
  );
}
