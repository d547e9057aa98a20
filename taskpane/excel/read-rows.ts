import { formatAddress, type CellRect } from "./a1-address";
import type { RequestContextLike } from "./excel-shape";
import { jsonUtf8Bytes } from "./payload-size";

/** The first read request holds at most this many cells; later ones are sized from what it weighed. */
export const FIRST_READ_CELLS = 10_000;
/** Margin on the measured bytes per row when sizing the following requests. */
export const READ_ESTIMATE_MARGIN = 1.25;

/**
 * Reads values and number formats of a block in row blocks, one sync each: the first block is small, and its
 * measured response size per row sets the size of the rest, keeping each response under the budget
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large: "Read in row or column blocks").
 * A number format Excel does not report as text counts as "General".
 */
export async function readRows(
  context: RequestContextLike,
  sheetName: string,
  block: CellRect,
  budgetBytes: number,
): Promise<{ values: unknown[][]; numberFormats: string[][] }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let rowsPerRequest = Math.max(1, Math.floor(FIRST_READ_CELLS / block.columnCount));
  for (let firstRow = 0; firstRow < block.rowCount;) {
    const rowCount = Math.min(rowsPerRequest, block.rowCount - firstRow);
    const range = sheet.getRange(formatAddress({ ...block, startRow: block.startRow + firstRow, rowCount }));
    range.load("values,numberFormat");
    // One sync per row block keeps every response under Excel on the web's cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const row of range.values) values.push(row);
    for (const row of range.numberFormat)
      numberFormats.push(row.map((format) => (typeof format === "string" ? format : "General")));
    if (firstRow === 0) {
      const bytesPerRow = (jsonUtf8Bytes(range.values) + jsonUtf8Bytes(range.numberFormat)) / rowCount;
      rowsPerRequest = Math.max(1, Math.floor(budgetBytes / (bytesPerRow * READ_ESTIMATE_MARGIN)));
    }
    firstRow += rowCount;
  }
  return { values, numberFormats };
}
