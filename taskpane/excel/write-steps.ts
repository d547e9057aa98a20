import { columnLetters, formatAddress, type CellRect } from "./a1-address";
import { queueColorScale } from "./color-scale";
import { excelErrorCode } from "./excel-error-code";
import type { RequestContextLike, RequirementsLike, WorksheetLike } from "./excel-shape";
import type { SheetLayout, TablePlacement } from "./layout-types";
import { uniqueSheetName } from "./sheet-name";
import { syncWithRetry, type RetryPolicy } from "./sync-retry";
import { queueChart } from "./write-chart";

/** What every writing step needs besides the request context. */
export interface WriteContext {
  readonly context: RequestContextLike;
  readonly requirements: RequirementsLike;
  readonly retry: RetryPolicy;
  /** This session's token for the add-in's id record (addin-sheets.ts). */
  readonly session: string;
}

/** Names tried for a new sheet before giving up: each refusal rules out one name that only Excel knew was taken. */
export const MAX_NAME_ATTEMPTS = 10;

/** Calculation is suspended in every request that writes (ExcelApi 1.6, Application.suspendApiCalculationUntilNextSync). */
export function suspendCalculation(context: RequestContextLike): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

/**
 * Screen updating is suspended once per write, in the request that changes what the user sees (ExcelApi 1.9,
 * feature-detected): "Don't call suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop). Repeated calls
 * will cause the Excel window to flicker" (learn.microsoft.com/office/dev/add-ins/excel/performance).
 */
export function suspendScreenUpdating(write: WriteContext): void {
  if (write.requirements.isSetSupported("ExcelApi", "1.9"))
    write.context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * The request that creates a sheet under a free name, with its titles, notes, header rows and run record.
 * Names are chosen against the worksheets read before, but chart sheets share their name space and no API lists
 * them, so Excel may still refuse a name with ItemAlreadyExists (as it does when someone took the name since):
 * then the next free name is tried, up to MAX_NAME_ATTEMPTS. A refused add applies nothing after it.
 *
 * @throws ItemAlreadyExists when MAX_NAME_ATTEMPTS names were all taken; Excel's errors as they come
 */
export async function createSheet(
  write: WriteContext,
  baseName: string,
  takenNames: readonly string[],
  layout: SheetLayout,
): Promise<{ sheet: WorksheetLike; id: string; name: string }> {
  const taken = [...takenNames];
  for (let attempt = 1; ; attempt++) {
    const name = uniqueSheetName(baseName, taken);
    try {
      // One request per name tried: Excel alone knows which names chart sheets hold.
      const sheet = await syncWithRetry(
        write.context,
        () => queueCreate(write.context, name, layout),
        write.retry,
      );
      return { sheet, id: sheet.id, name };
    } catch (error) {
      if (excelErrorCode(error) !== "ItemAlreadyExists" || attempt === MAX_NAME_ATTEMPTS) throw error;
      taken.push(name);
    }
  }
}

function queueCreate(context: RequestContextLike, name: string, layout: SheetLayout): WorksheetLike {
  suspendCalculation(context);
  const sheet = context.workbook.worksheets.add(name);
  for (const block of layout.blocks) {
    const range = sheet.getRange(formatAddress(block.rect));
    range.values = block.values.map((row) => [...row]);
    if (block.numberFormats !== undefined) range.numberFormat = block.numberFormats.map((row) => [...row]);
    if (block.bold === true) range.format.font.bold = true;
  }
  return sheet.load("id");
}

/**
 * Queues what follows the cells on a finished sheet: column widths, an Excel table over each table's header and
 * rows, the colour scales of heat-map columns, the frozen header and the charts. Tables are added over a Range of
 * this sheet, not an address: "If the address does not contain a sheet name, the currently-active sheet is used"
 * (TableCollection.add reference), and the active sheet is the user's.
 */
export function queueDecorations(sheet: WorksheetLike, layout: SheetLayout): void {
  for (const { column, points } of layout.columnWidths) {
    sheet.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth = points;
  }
  for (const table of layout.tables) {
    if (table.dataRowCount > 0) sheet.tables.add(sheet.getRange(formatAddress(tableRect(table))), true);
  }
  for (const rect of layout.colorScales) queueColorScale(sheet, rect);
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  for (const chart of layout.charts) queueChart(sheet, chart);
}

/**
 * Deletes the sheets a failed write created, found by id, in two requests (which of them still exist, then delete
 * those), retried with more patience than the write (sync-retry.ts, CLEANUP_DELAYS_MS). Returns the error when even
 * that fails, null when the sheets are gone.
 */
export async function removeHalfWritten(write: WriteContext, ids: readonly string[]): Promise<unknown> {
  const patient = { ...write.retry, delaysMs: write.retry.cleanupDelaysMs };
  if (ids.length === 0) return null;
  try {
    const leftovers = await syncWithRetry(
      write.context,
      () => ids.map((id) => write.context.workbook.worksheets.getItemOrNullObject(id)),
      patient,
    );
    const present = leftovers.filter((sheet) => !sheet.isNullObject);
    if (present.length === 0) return null;
    await syncWithRetry(write.context, () => present.forEach((sheet) => sheet.delete()), patient);
    return null;
  } catch (cleanupError) {
    return cleanupError;
  }
}

/**
 * The cells of an Excel table over a placed report table: its header row and data rows.
 *
 * @example tableRect({ headerRow: 2, leftColumn: 0, dataRowCount: 3, columnCount: 4, ... }) // { startRow: 2, startColumn: 0, rowCount: 4, columnCount: 4 }
 */
export function tableRect(table: TablePlacement): CellRect {
  return {
    startRow: table.headerRow,
    startColumn: table.leftColumn,
    rowCount: table.dataRowCount + 1,
    columnCount: table.columnCount,
  };
}
