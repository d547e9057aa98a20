import { yieldToEventLoop } from "../../engine/yield-to-event-loop";
import { formatAddress, type CellRect } from "./a1-address";
import { excelErrorCode } from "./excel-error-code";
import type { RequestContextLike } from "./excel-shape";
import { jsonUtf8Bytes } from "./payload-size";
import { syncWithRetry, type RetryPolicy } from "./sync-retry";

/** The first read request holds at most this many cells; later ones are sized from what it weighed. */
export const FIRST_READ_CELLS = 10_000;
/** Margin on the measured bytes per row when sizing the following requests. */
export const READ_ESTIMATE_MARGIN = 1.25;

/**
 * Reads values and number formats of a block in row blocks, one request each: the first block is small, and its
 * measured response size per row sets the size of the rest (learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-ranges-large: "Read in row or column blocks"). The estimate is only an estimate: rows further
 * down can be far longer than the first ones, and Excel on the web then refuses the response with
 * ResponsePayloadSizeLimitExceeded ("This error only occurs in Office on the web", application-specific-api-error-
 * handling). Such a block is read again in halves, and later blocks keep the smaller size. A number format Excel
 * does not report as text counts as "General".
 *
 * Between blocks the pane's thread is given back (a yield to the event loop), so reading 200,000 rows is many
 * short tasks rather than one of seconds (issue 14).
 *
 * Cost: one request per block, plus one per halving.
 * @throws ResponsePayloadSizeLimitExceeded when a single row is over the cap; Excel's other errors as they come
 */
export async function readRows(
  context: RequestContextLike,
  sheetName: string,
  block: CellRect,
  budgetBytes: number,
  retry: RetryPolicy,
): Promise<{ values: unknown[][]; numberFormats: string[][] }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let rowsPerRequest = Math.max(1, Math.floor(FIRST_READ_CELLS / block.columnCount));
  for (let firstRow = 0; firstRow < block.rowCount;) {
    const rowCount = Math.min(rowsPerRequest, block.rowCount - firstRow);
    const rect = { ...block, startRow: block.startRow + firstRow, rowCount };
    let range;
    try {
      // One request per row block keeps every response under Excel on the web's cap.
      range = await syncWithRetry(
        context,
        () => sheet.getRange(formatAddress(rect)).load("values,numberFormat"),
        retry,
      );
    } catch (error) {
      if (excelErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rowCount === 1) throw error;
      rowsPerRequest = Math.ceil(rowCount / 2);
      continue;
    }
    for (const row of range.values) values.push(row);
    for (const row of range.numberFormat)
      numberFormats.push(row.map((format) => (typeof format === "string" ? format : "General")));
    if (firstRow === 0) {
      const bytesPerRow = (jsonUtf8Bytes(range.values) + jsonUtf8Bytes(range.numberFormat)) / rowCount;
      rowsPerRequest = Math.max(1, Math.floor(budgetBytes / (bytesPerRow * READ_ESTIMATE_MARGIN)));
    }
    firstRow += rowCount;
    // Excel on the web answers a sync in a later task, but a host that answers at once (the playground's simulator,
    // Excel on the desktop with a quick read) would run every block in one task: hold the pane's thread per block only.
    if (firstRow < block.rowCount) await yieldToEventLoop();
  }
  return { values, numberFormats };
}
