import { readAddress } from "./address";
import { CellStore } from "./cell-store";
import { ErrorCodes, excelError } from "./errors";
import { cellValue } from "./formula";
import type { WorkbookModel } from "./model";
import { intersects, relativeRect, type RangeTarget } from "./range-ops";

const COPY_TYPES = ["All", "Formulas", "Values", "Formats"] as const;
const CLEAR_TYPES = ["All", "Contents", "Formats"] as const;

/**
 * `Range.copyFrom(source, copyType)` (ExcelApi 1.9): "Copies cell data or formatting from the source range ... The
 * destination is expanded automatically if it's smaller than the source." "All" copies values, formulas, number
 * formats and bold; "Formulas" values and formulas; "Values" the values as calculated; "Formats" number formats
 * and bold. Formulas are copied as they are (references not shifted), and a destination that is a multiple of the
 * source is not filled with repeats (the reference says Excel replicates then): simplifications, as are the
 * unsupported `skipBlanks` and `transpose` (InvalidArgument here).
 */
export function copyCells(
  model: WorkbookModel,
  destination: RangeTarget,
  source: RangeTarget | string,
  copyType: string,
  skipBlanks: boolean,
  transpose: boolean,
): void {
  if (!(COPY_TYPES as readonly string[]).includes(copyType) || skipBlanks || transpose) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `copyFrom(${copyType}, ${skipBlanks}, ${transpose}) is not modelled.`,
    );
  }
  const from = typeof source === "string" ? sourceByAddress(model, source) : source;
  const { rect } = from;
  const to = relativeRect(destination.rect, 0, 0, rect.rowCount, rect.columnCount);
  // Read the source whole before writing, so an overlapping copy reads the cells as they were.
  const snapshot = new CellStore();
  for (let row = 0; row < rect.rowCount; row++) {
    for (let column = 0; column < rect.columnCount; column++) {
      snapshot.copyCell(from.sheet.cells, rect.startRow + row, rect.startColumn + column, row, column);
      if (copyType === "Values") {
        const value = cellValue(from.sheet, rect.startRow + row, rect.startColumn + column);
        snapshot.setValue(row, column, value);
      }
    }
  }
  const cells = destination.sheet.cells;
  for (let row = 0; row < to.rowCount; row++) {
    for (let column = 0; column < to.columnCount; column++) {
      const [targetRow, targetColumn] = [to.startRow + row, to.startColumn + column];
      if (copyType === "All") {
        cells.copyCell(snapshot, row, column, targetRow, targetColumn);
        continue;
      }
      if (copyType !== "Formats") {
        cells.setValue(targetRow, targetColumn, snapshot.value(row, column), snapshot.formula(row, column));
      }
      if (copyType === "Formats") {
        cells.setFormat(targetRow, targetColumn, snapshot.format(row, column));
        cells.setBold(targetRow, targetColumn, snapshot.bold(row, column));
      }
    }
  }
}

/**
 * `Range.clear(applyTo)` (ExcelApi 1.1): "All" empties values, formulas, number formats and bold; "Contents"
 * values and formulas; "Formats" number formats and bold. Conditional formats are left to
 * `conditionalFormats.clearAll()` (a simplification: the reference does not say whether clear removes them).
 */
export function clearCells(target: RangeTarget, applyTo: string): void {
  const known = CLEAR_TYPES.find((each) => each === applyTo);
  if (known === undefined) throw excelError(ErrorCodes.invalidArgument, `Unknown ClearApplyTo "${applyTo}".`);
  target.sheet.cells.clear(target.rect, known);
}

/** `ConditionalFormatCollection.clearAll()` (ExcelApi 1.6): "Clears all conditional formats active on the current specified range." */
export function clearConditionalFormats(target: RangeTarget): void {
  const formats = target.sheet.conditionalFormats;
  for (let index = formats.length - 1; index >= 0; index--) {
    const format = formats[index];
    if (format !== undefined && intersects(format.cells.rect, target.rect)) formats.splice(index, 1);
  }
}

function sourceByAddress(model: WorkbookModel, address: string): RangeTarget {
  let parsed;
  try {
    parsed = readAddress(address);
  } catch {
    throw excelError(ErrorCodes.invalidArgument, `"${address}" is not a valid range address.`);
  }
  const sheet = parsed.sheetName === undefined ? model.activeSheet : model.findSheet(parsed.sheetName);
  if (sheet === null || sheet === undefined)
    throw excelError(ErrorCodes.itemNotFound, `No sheet for "${address}".`);
  return { sheet, rect: parsed.rect };
}
