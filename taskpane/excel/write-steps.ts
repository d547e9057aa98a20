import { CoreError } from "../../src/errors";
import { columnLetters, formatAddress } from "./a1-address";
import { ADDIN_SHEETS_SETTING, parseAddInSheetIds } from "./addin-sheets";
import { queueColorScale } from "./color-scale";
import type { RequestContextLike, RequirementsLike, WorksheetLike } from "./excel-shape";
import type { SheetLayout } from "./layout-types";
import { uniqueSheetName } from "./sheet-name";
import { queueChart } from "./write-chart";

/** A sheet of ours to be replaced once the new one is complete. */
export interface ReplacedSheet {
  readonly name: string;
  readonly id: string;
  readonly position: number;
}

export interface PreparedWrite {
  /** The name the new sheet is written under (a free one, also when replacing). */
  readonly sheetName: string;
  /** Ids of the add-in's sheets that still exist. */
  readonly addInIds: readonly string[];
  readonly replaced?: ReplacedSheet;
}

/**
 * Request 1: the sheets and the add-in's marker setting, to pick a free name and check that a sheet to
 * replace is one the add-in wrote.
 * @throws CoreError REPLACE_NOT_ADDIN_SHEET
 */
export async function prepareWrite(
  context: RequestContextLike,
  baseName: string,
  replace: string | undefined,
): Promise<PreparedWrite> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/position");
  const marker = context.workbook.settings.getItemOrNullObject(ADDIN_SHEETS_SETTING);
  marker.load("value");
  await context.sync();
  const stored = marker.isNullObject ? [] : parseAddInSheetIds(marker.value);
  const addInIds = sheets.items.map((sheet) => sheet.id).filter((id) => stored.includes(id));
  const sheetName = uniqueSheetName(
    baseName,
    sheets.items.map((sheet) => sheet.name),
  );
  if (replace === undefined) return { sheetName, addInIds };
  const target = sheets.items.find((sheet) => sheet.name.toLowerCase() === replace.toLowerCase());
  if (target === undefined || !addInIds.includes(target.id)) {
    throw new CoreError(
      "REPLACE_NOT_ADDIN_SHEET",
      `writeResultSheet: "${replace}" is not a sheet this add-in wrote, so it is left alone (replace)`,
    );
  }
  return { sheetName, addInIds, replaced: { name: target.name, id: target.id, position: target.position } };
}

/** Calculation is suspended for every request of a write (ExcelApi 1.6), screen updating where 1.9 exists. */
export function suspendForWrite(context: RequestContextLike, requirements: RequirementsLike): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (requirements.isSetSupported("ExcelApi", "1.9"))
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Request 2: the new sheet with its titles, notes, header rows and run record; returns the sheet and its id. */
export async function createSheet(
  context: RequestContextLike,
  requirements: RequirementsLike,
  sheetName: string,
  layout: SheetLayout,
): Promise<{ sheet: WorksheetLike; id: string }> {
  suspendForWrite(context, requirements);
  const sheet = context.workbook.worksheets.add(sheetName);
  for (const block of layout.blocks) {
    const range = sheet.getRange(formatAddress(block.rect));
    range.values = block.values.map((row) => [...row]);
    if (block.numberFormats !== undefined) range.numberFormat = block.numberFormats.map((row) => [...row]);
    if (block.bold === true) range.format.font.bold = true;
  }
  sheet.load("id");
  await context.sync();
  return { sheet, id: sheet.id };
}

/**
 * The request after the rows: column widths, an Excel table over each table's header and rows, the colour
 * scales of heat-map columns, the frozen header, the charts and the marker that says the sheet is the add-in's.
 */
export async function finishSheet(
  context: RequestContextLike,
  requirements: RequirementsLike,
  sheet: WorksheetLike,
  layout: SheetLayout,
  markerIds: readonly string[],
  activate: boolean,
): Promise<void> {
  suspendForWrite(context, requirements);
  for (const rect of layout.autofit) sheet.getRange(formatAddress(rect)).format.autofitColumns();
  for (const { column, points } of layout.columnWidths) {
    sheet.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth = points;
  }
  for (const table of layout.tables) {
    if (table.dataRowCount === 0) continue;
    const rect = {
      startRow: table.headerRow,
      startColumn: table.leftColumn,
      rowCount: table.dataRowCount + 1,
      columnCount: table.columnCount,
    };
    sheet.tables.add(formatAddress(rect), true);
  }
  for (const rect of layout.colorScales) queueColorScale(sheet, rect);
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  for (const chart of layout.charts) queueChart(sheet, chart);
  context.workbook.settings.add(ADDIN_SHEETS_SETTING, [...markerIds]);
  if (activate) sheet.activate();
  await context.sync();
}

/** Replacing: the old sheet goes only now that the new one is complete, and the new one takes its name and place. */
export async function swapReplaced(
  context: RequestContextLike,
  sheet: WorksheetLike,
  replaced: ReplacedSheet,
  markerIds: readonly string[],
  activate: boolean,
): Promise<void> {
  context.workbook.worksheets.getItem(replaced.id).delete();
  sheet.name = replaced.name;
  sheet.position = replaced.position;
  context.workbook.settings.add(ADDIN_SHEETS_SETTING, [...markerIds]);
  if (activate) sheet.activate();
  await context.sync();
}

/**
 * Deletes a sheet the failed write created, found by id (or by its fresh name when the id never came back).
 * Returns the error when even that fails.
 */
export async function removeHalfWritten(context: RequestContextLike, key: string): Promise<unknown> {
  try {
    const leftover = context.workbook.worksheets.getItemOrNullObject(key);
    await context.sync();
    if (leftover.isNullObject) return null;
    leftover.delete();
    await context.sync();
    return null;
  } catch (cleanupError) {
    return cleanupError;
  }
}
