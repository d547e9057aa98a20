import { CoreError } from "../../src/errors";
import { formatAddress, type CellRect } from "./a1-address";
import type { AddInRecord } from "./addin-record";
import type {
  ChartCollectionLike,
  RequestContextLike,
  TableCollectionLike,
  WorksheetLike,
} from "./excel-shape";
import type { SheetLayout } from "./layout-types";
import { queueDecorations, type WriteContext } from "./write-steps";

/** The add-in's sheet that a write replaces. */
export interface ReplaceTarget {
  readonly id: string;
  readonly name: string;
}

/** What the in-place rewrite removes from the target first: its tables and charts, loaded by name. */
export interface TargetContents {
  readonly sheet: WorksheetLike;
  readonly tables: TableCollectionLike;
  readonly charts: ChartCollectionLike;
}

/** Queues the read of a target before its rewrite: its name as it is now, its tables and its charts. */
export function queueTargetRead(context: RequestContextLike, target: ReplaceTarget): TargetContents {
  const sheet = context.workbook.worksheets.getItem(target.id);
  sheet.load("name");
  return { sheet, tables: sheet.tables.load("items/name"), charts: sheet.charts.load("items/name") };
}

/**
 * Queues the in-place rewrite of one of the add-in's sheets from a staging sheet that already holds every cell of
 * the new result. Deleting the old sheet and renaming a new one would turn every formula elsewhere that reads it
 * (=Segments!B5) into #REF!, because a reference holds the sheet, not its name; clearing and refilling the same
 * sheet keeps them.
 *
 * The rewrite deletes the target's charts and tables, removes its conditional formats and frozen rows, clears its
 * cells, copies the staged block in (Range.copyFrom, ExcelApi 1.9), adds the tables, widths, colour scales, frozen
 * header and charts on the target, and deletes the staging sheet. The caller sends it in the one request that ends
 * the write, so the target changes only there: the long, interruptible part of the write (the row blocks) happened
 * on the staging sheet, and a refused request (a cell being edited, a sheet deleted meanwhile) applies nothing and
 * is sent again (sync-retry.ts). Nothing is synced here.
 */
export function queueRewrite(staging: WorksheetLike, target: TargetContents, layout: SheetLayout): void {
  const { sheet } = target;
  const block = formatAddress(layoutExtent(layout));
  for (const chart of target.charts.items) chart.delete();
  for (const table of target.tables.items) table.delete();
  const whole = sheet.getRange();
  whole.conditionalFormats.clearAll();
  sheet.freezePanes.unfreeze();
  whole.clear("All");
  sheet.getRange(block).copyFrom(staging.getRange(block), "All");
  queueDecorations(sheet, layout);
  staging.delete();
}

/**
 * The sheets to replace by name, each of which must be one the add-in wrote (the older, explicit way of
 * `writeResultSheet(sheet, { replace })`); null where a sheet is written new.
 *
 * @throws CoreError REPLACE_NOT_ADDIN_SHEET
 */
export function strictTargets(
  record: AddInRecord,
  replaceNames: readonly (string | undefined)[],
): (ReplaceTarget | null)[] {
  return replaceNames.map((replace) => {
    if (replace === undefined) return null;
    const found = record.sheets.find((each) => each.name.toLowerCase() === replace.toLowerCase());
    if (found === undefined || !record.addInIds.includes(found.id)) {
      throw new CoreError(
        "REPLACE_NOT_ADDIN_SHEET",
        `writeResultSheet: "${replace}" is not a sheet this add-in wrote, so it is left alone (replace)`,
        { argument: "replace", value: replace },
      );
    }
    return { id: found.id, name: found.name };
  });
}

/** Replacing needs Range.copyFrom (ExcelApi 1.9); every host that runs the add-in's shared runtime has it. */
export function checkReplaceSupported(write: WriteContext, replace: string): void {
  if (write.requirements.isSetSupported("ExcelApi", "1.9")) return;
  throw new CoreError(
    "REPLACE_UNSUPPORTED",
    `writeResultSheets: "${replace}" cannot be replaced in place on this version of Excel (ExcelApi 1.9 is needed); nothing was written`,
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
