import { CoreError } from "../../src/errors";
import { formatAddress, type CellRect } from "./a1-address";
import type { AddInRecord } from "./addin-record";
import { queueRecordWrite } from "./addin-record";
import type { WorksheetLike } from "./excel-shape";
import type { SheetLayout } from "./layout-types";
import { syncWithRetry } from "./sync-retry";
import {
  queueDecorations,
  suspendCalculation,
  suspendScreenUpdating,
  type WriteContext,
} from "./write-steps";

/** The add-in's sheet that a write replaces. */
export interface ReplaceTarget {
  readonly id: string;
  readonly name: string;
}

/**
 * Replaces the content of one of the add-in's sheets in place, from a staging sheet that already holds every cell
 * of the new result. Deleting the old sheet and renaming a new one would turn every formula elsewhere that reads
 * it (=Segments!B5) into #REF!, because a reference holds the sheet, not its name; clearing and refilling the same
 * sheet keeps them.
 *
 * Request 1 reads the target's name, tables and charts. Request 2 deletes those, removes its conditional formats
 * and frozen rows, clears its cells, copies the staged block in (Range.copyFrom, ExcelApi 1.9), adds the tables,
 * widths, colour scales, frozen header and charts on the target, updates the record and deletes the staging
 * sheet. The long, interruptible part of the write (the row blocks) happened on the staging sheet, so the target
 * changes only in this one request; a refused request (a cell being edited, a sheet deleted meanwhile) applies
 * nothing and is sent again (sync-retry.ts).
 *
 * @returns the target's name as it is now
 * @throws Excel's errors as they come; the caller removes the staging sheet and reports REPLACE_INCOMPLETE
 */
export async function replaceInPlace(
  write: WriteContext,
  staging: WorksheetLike,
  target: ReplaceTarget,
  layout: SheetLayout,
  record: AddInRecord,
  activate: boolean,
): Promise<string> {
  const { context } = write;
  const current = await syncWithRetry(
    context,
    () => {
      const sheet = context.workbook.worksheets.getItem(target.id);
      sheet.load("name");
      return { sheet, tables: sheet.tables.load("items/name"), charts: sheet.charts.load("items/name") };
    },
    write.retry,
  );
  const { sheet } = current;
  const block = formatAddress(layoutExtent(layout));
  const needsName = !record.names.bySheetName.has(sheet.name.toLowerCase());
  await syncWithRetry(
    context,
    () => {
      suspendCalculation(context);
      suspendScreenUpdating(write);
      for (const chart of current.charts.items) chart.delete();
      for (const table of current.tables.items) table.delete();
      const whole = sheet.getRange();
      whole.conditionalFormats.clearAll();
      sheet.freezePanes.unfreeze();
      whole.clear("All");
      sheet.getRange(block).copyFrom(staging.getRange(block), "All");
      queueDecorations(sheet, layout);
      queueRecordWrite(context, record, write.session, record.addInIds, needsName ? sheet : null);
      staging.delete();
      if (activate) sheet.activate();
    },
    write.retry,
  );
  return sheet.name;
}

/** Replacing needs Range.copyFrom (ExcelApi 1.9); every host that runs the add-in's shared runtime has it. */
export function checkReplaceSupported(write: WriteContext, replace: string): void {
  if (write.requirements.isSetSupported("ExcelApi", "1.9")) return;
  throw new CoreError(
    "REPLACE_UNSUPPORTED",
    `writeResultSheet: "${replace}" cannot be replaced in place on this version of Excel (ExcelApi 1.9 is needed); nothing was written`,
    { argument: "replace", value: replace },
  );
}

/**
 * The block from A1 to the last row and column the layout writes: what the in-place rewrite copies.
 *
 * Cost: O(blocks + regions).
 * @example formatAddress(layoutExtent(layoutOf(segmentsSheet()))) // "A1:G10" (table A:D, run record F:G)
 */
export function layoutExtent(layout: SheetLayout): CellRect {
  let rows = 1;
  let columns = 1;
  for (const { rect } of layout.blocks) {
    rows = Math.max(rows, rect.startRow + rect.rowCount);
    columns = Math.max(columns, rect.startColumn + rect.columnCount);
  }
  for (const region of layout.regions) {
    rows = Math.max(rows, region.topRow + region.rows.length);
    columns = Math.max(columns, region.leftColumn + region.numberFormats.length);
  }
  return { startRow: 0, startColumn: 0, rowCount: rows, columnCount: columns };
}
