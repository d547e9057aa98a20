import { addressOf, readAddress, type CellRect } from "./address";
import { ErrorCodes, excelError } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { intersects } from "./range-ops";

/** Excel's default style for a new table (Insert > Table; `Table.style` reads "TableStyleMedium2"). */
export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

/** Resolves a `tables.add` address: sheet-qualified, or on the active sheet. */
export function tableSheetAndRect(
  model: WorkbookModel,
  address: string,
  activeSheet: SheetModel | null,
): { sheet: SheetModel; rect: CellRect } {
  let parsed;
  try {
    parsed = readAddress(address);
  } catch {
    throw excelError(ErrorCodes.invalidArgument, `"${address}" is not a valid range address for a table.`);
  }
  const sheet = parsed.sheetName === undefined ? activeSheet : (model.findSheet(parsed.sheetName) ?? null);
  if (sheet === null)
    throw excelError(ErrorCodes.invalidArgument, `The table address "${address}" names no worksheet.`);
  return { sheet, rect: parsed.rect };
}

/**
 * `TableCollection.add(address, hasHeaders)`. A table may not overlap another one ("A table can't overlap with
 * another table...", Excel error MergedRangeConflict). With headers, Excel makes header cells unique text: a
 * blank header becomes "Column<n>" and a repeated one gets a number ("Name", "Name2"). A header-only range
 * gets one empty data row, as a table needs a body.
 */
export function addTable(
  model: WorkbookModel,
  sheet: SheetModel,
  requested: CellRect,
  hasHeaders: boolean,
): TableModel {
  const rect = hasHeaders && requested.rowCount === 1 ? { ...requested, rowCount: 2 } : requested;
  if (model.tables.some((table) => table.sheet === sheet && intersects(table.rect, rect))) {
    throw excelError(
      ErrorCodes.mergedRangeConflict,
      `Cannot complete the operation. A table can't overlap with another table (${addressOf(rect, sheet.name)}).`,
    );
  }
  if (hasHeaders) normaliseHeaders(sheet, rect);
  const table: TableModel = {
    id: model.newObjectId("table"),
    name: model.nextTableName(),
    sheet,
    rect,
    hasHeaders,
    style: DEFAULT_TABLE_STYLE,
  };
  model.tables.push(table);
  return table;
}

function normaliseHeaders(sheet: SheetModel, rect: CellRect): void {
  const seen = new Set<string>();
  for (let offset = 0; offset < rect.columnCount; offset++) {
    const column = rect.startColumn + offset;
    const raw = sheet.cells.value(rect.startRow, column);
    const base = raw === undefined || raw === "" ? `Column${offset + 1}` : String(raw);
    let header = base;
    for (let suffix = 2; seen.has(header.toLowerCase()); suffix++) header = `${base}${suffix}`;
    seen.add(header.toLowerCase());
    if (header !== raw) sheet.cells.setValue(rect.startRow, column, header);
  }
}
