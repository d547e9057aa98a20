import { CoreError } from "../../src/errors";
import { parseAddress } from "./a1-address";
import { excelErrorCode } from "./excel-error-code";
import type { RequestContextLike, RequirementsLike } from "./excel-shape";
import { readRows } from "./read-rows";
import { syncWithRetry, type RetryPolicy } from "./sync-retry";

export type InputMode = "selection" | "region";

/** A block of the user's data: values and number formats together (the format tells a date from a number). */
export interface InputRange {
  /** Sheet-qualified, e.g. "Orders!A1:F200". */
  readonly address: string;
  readonly sheetName: string;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly rowCount: number;
  readonly columnCount: number;
  /** True when the block is on a sheet this add-in wrote (set by the port; the pane asks before using it). */
  readonly onAddInSheet?: boolean;
}

/**
 * Reads the input block in one Excel.run. "selection": the used cells of the selected range (a whole-column
 * selection shrinks to the data; a single cell grows to the region around it, as "region" does); several areas
 * are refused. "region": the Excel table around the active cell
 * (ExcelApi 1.9, feature-detected), else the region bounded by blank rows and columns around it (1.7).
 * Request 1 finds the block and its size; the values and formats follow in row blocks sized from the first
 * block's measured payload, so no response nears Excel on the web's 5 MB cap. A request Excel refuses for now
 * (a cell being edited) is sent again (sync-retry.ts).
 *
 * @throws CoreError MULTI_AREA_SELECTION, EMPTY_SELECTION
 */
export async function readInputIn(
  context: RequestContextLike,
  requirements: RequirementsLike,
  mode: InputMode,
  budgetBytes: number,
  retry: RetryPolicy,
): Promise<InputRange> {
  const selected = mode === "selection" ? await locateSelection(context, requirements, retry) : null;
  // One cell is never the table the user means: it is where they clicked (issue 12, item 8).
  const rect =
    selected !== null && !isSingleCell(selected)
      ? selected
      : await locateRegion(context, requirements, retry);
  const { sheetName, rect: block } = parseAddress(rect);
  if (sheetName === undefined)
    throw new Error(`readInput: Excel returned an address without a sheet (${rect})`);
  const { values, numberFormats } = await readRows(context, sheetName, block, budgetBytes, retry);
  return {
    address: rect,
    sheetName,
    values,
    numberFormats,
    rowCount: block.rowCount,
    columnCount: block.columnCount,
  };
}

async function locateSelection(
  context: RequestContextLike,
  requirements: RequirementsLike,
  retry: RetryPolicy,
): Promise<string> {
  const { workbook } = context;
  const withAreas = requirements.isSetSupported("ExcelApi", "1.9");
  let found;
  try {
    found = await syncWithRetry(
      context,
      () => {
        const areas = withAreas ? workbook.getSelectedRanges() : null;
        const selected = areas === null ? workbook.getSelectedRange() : areas.areas.getItemAt(0);
        areas?.load("areaCount,address");
        selected.load("address");
        const used = selected.getUsedRangeOrNullObject(true);
        used.load("address");
        return { areas, selected, used };
      },
      retry,
    );
  } catch (error) {
    // Before ExcelApi 1.9, getSelectedRange is the only way in, and it fails on a multi-area selection.
    if (excelErrorCode(error) === "InvalidSelection") throw multiArea("");
    throw error;
  }
  const { areas, selected, used } = found;
  if (areas !== null && areas.areaCount > 1) throw multiArea(` (${areas.address})`);
  if (used.isNullObject) {
    throw new CoreError(
      "EMPTY_SELECTION",
      `readInput: the selected cells are empty (${selected.address}); select your data with its header row`,
    );
  }
  return used.address;
}

async function locateRegion(
  context: RequestContextLike,
  requirements: RequirementsLike,
  retry: RetryPolicy,
): Promise<string> {
  const { workbook } = context;
  const { active, used, tables } = await syncWithRetry(
    context,
    () => {
      const activeCell = workbook.getActiveCell();
      activeCell.load("address");
      const usedRange = activeCell.getSurroundingRegion().getUsedRangeOrNullObject(true);
      usedRange.load("address");
      const activeTables = requirements.isSetSupported("ExcelApi", "1.9")
        ? activeCell.getTables(false)
        : null;
      activeTables?.load("items/name");
      return { active: activeCell, used: usedRange, tables: activeTables };
    },
    retry,
  );
  const [table] = tables?.items ?? [];
  if (table !== undefined) {
    const tableRange = await syncWithRetry(
      context,
      () => workbook.tables.getItem(table.name).getRange().load("address"),
      retry,
    );
    return tableRange.address;
  }
  if (used.isNullObject) {
    throw new CoreError(
      "EMPTY_SELECTION",
      `readInput: there is no data around the active cell (${active.address}); click a cell inside your data`,
    );
  }
  return used.address;
}

function isSingleCell(address: string): boolean {
  const { rect } = parseAddress(address);
  return rect.rowCount === 1 && rect.columnCount === 1;
}

function multiArea(where: string): CoreError {
  return new CoreError(
    "MULTI_AREA_SELECTION",
    `readInput: several separate blocks of cells are selected${where}; select one block of cells`,
  );
}
