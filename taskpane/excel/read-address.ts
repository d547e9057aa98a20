import { CoreError } from "../../src/errors";
import { parseAddress } from "./a1-address";
import { excelErrorCode } from "./excel-error-code";
import type { RequestContextLike } from "./excel-shape";
import type { InputRange } from "./read-input";
import { readRows } from "./read-rows";
import type { RetryPolicy } from "./sync-retry";

/**
 * Reads the block at a sheet-qualified address again ("Refresh"): the cells the user chose before, wherever the
 * selection is now (issue 12, item 2). The block keeps its size: rows added below a pasted export are the user's
 * to take with "Use current selection".
 *
 * @throws CoreError SHEET_NOT_FOUND (renamed or deleted since); Excel's errors as they come
 */
export async function readAddressIn(
  context: RequestContextLike,
  address: string,
  budgetBytes: number,
  retry: RetryPolicy,
): Promise<InputRange> {
  const { sheetName, rect } = parseAddress(address);
  // Every input address the port returns is sheet-qualified (read-input.ts): anything else is a bug.
  if (sheetName === undefined) throw new Error(`readAddress: "${address}" names no sheet`);
  try {
    const { values, numberFormats } = await readRows(context, sheetName, rect, budgetBytes, retry);
    return {
      address,
      sheetName,
      values,
      numberFormats,
      rowCount: rect.rowCount,
      columnCount: rect.columnCount,
    };
  } catch (error) {
    if (excelErrorCode(error) !== "ItemNotFound") throw error;
    throw new CoreError(
      "SHEET_NOT_FOUND",
      `readAddress: there is no sheet "${sheetName}" (it may have been renamed or deleted)`,
      { value: sheetName },
    );
  }
}
