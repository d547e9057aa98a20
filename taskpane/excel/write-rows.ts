import { yieldToEventLoop } from "../../engine/yield-to-event-loop";
import { CoreError } from "../../src/errors";
import { formatAddress } from "./a1-address";
import type { BlockPlan, BlockSegment } from "./block-plan";
import { toExcelRow, type ExcelCell } from "./excel-cell";
import type { WorksheetLike } from "./excel-shape";
import type { DataRegion } from "./layout-types";
import { jsonUtf8Bytes } from "./payload-size";
import { syncWithRetry } from "./sync-retry";
import { suspendCalculation, type WriteContext } from "./write-steps";

export interface RowWriteOptions {
  readonly budgetBytes: number;
  readonly signal?: AbortSignal;
  /** Called after each request with the share of rows written so far. */
  readonly onRows?: (rowsWritten: number) => void;
}

interface QueuedSegment {
  readonly address: string;
  readonly values: ExcelCell[][];
  readonly numberFormats: string[][];
}

/**
 * Writes the planned requests, one sync each (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large:
 * "Write in row blocks"): all values of a request, then their number formats, with calculation suspended (and
 * screen updating not: it is suspended once per write, see write-steps.ts). A request Excel refuses for now (a
 * cell being edited) is sent again (sync-retry.ts).
 * Each request is measured again as it is built; one that would exceed the budget by more than the plan's
 * margin (rows longer than every sampled one) is split in two, so no request can reach Excel on the web's cap.
 * The pane's thread is given back before each request is built (a yield to the event loop).
 *
 * @throws CoreError WRITE_CANCELLED when the signal aborts between requests
 */
export async function writeRows(
  write: WriteContext,
  sheet: WorksheetLike,
  regions: readonly DataRegion[],
  plan: BlockPlan,
  options: RowWriteOptions,
): Promise<void> {
  const hardLimit = options.budgetBytes * 1.2;
  let rowsWritten = 0;
  const pending = plan.requests.map((request) => request.segments);
  while (pending.length > 0) {
    const segments = pending.shift() ?? [];
    // Each request's rows are built and measured in a task of their own, not in the one that handled the last
    // response: the pane's thread is given back between requests (issue 14).
    await yieldToEventLoop();
    throwIfCancelled(options.signal);
    const queued = segments.map((segment) => buildSegment(regions, segment));
    let bytes = 0;
    for (const { values, numberFormats } of queued) {
      bytes += await rowsJsonBytes(values);
      bytes += await rowsJsonBytes(numberFormats);
    }
    const rowCount = segments.reduce((sum, segment) => sum + segment.rowCount, 0);
    if (bytes > hardLimit && rowCount > 1) {
      pending.unshift(...splitInTwo(segments));
      continue;
    }
    // The request goes in a task of its own too: building and measuring it stays apart from the host's handling
    // of the sync (the simulated Excel answers within the caller's task; issue 14).
    await yieldToEventLoop();
    throwIfCancelled(options.signal);
    // One request per row block is the point of the plan: each request stays under the web payload cap.
    await syncWithRetry(
      write.context,
      () => {
        suspendCalculation(write.context);
        for (const { address, values } of queued) sheet.getRange(address).values = values;
        for (const { address, numberFormats } of queued) sheet.getRange(address).numberFormat = numberFormats;
      },
      write.retry,
    );
    rowsWritten += rowCount;
    options.onRows?.(rowsWritten);
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new CoreError(
      "WRITE_CANCELLED",
      "writeResultSheet: cancelled; nothing of this result is left in the workbook",
    );
  }
}

/** Rows measured per piece by `rowsJsonBytes`: about 1 MB of JSON for result rows of 10-20 cells. */
export const MEASURE_ROWS_PER_PIECE = 10_000;

/**
 * `jsonUtf8Bytes(rows)`, measured in pieces of `MEASURE_ROWS_PER_PIECE` rows with a yield to the event loop between
 * them. Why: one JSON.stringify of a 4 MB request and the garbage it leaves took the pane's thread 50-70 ms at
 * 200,000 result rows (issue 14). Exact: the JSON of an array is "[" + its elements' JSON joined by "," + "]",
 * so n non-empty pieces add up to the whole plus n - 1 bytes of extra brackets (2n brackets where the whole has
 * 2, n - 1 commas fewer): whole = Σ pieces - n + 1.
 */
export async function rowsJsonBytes(rows: readonly (readonly unknown[])[]): Promise<number> {
  if (rows.length <= MEASURE_ROWS_PER_PIECE) return jsonUtf8Bytes(rows);
  let bytes = 0;
  let pieces = 0;
  for (let first = 0; first < rows.length; first += MEASURE_ROWS_PER_PIECE) {
    if (pieces > 0) await yieldToEventLoop();
    bytes += jsonUtf8Bytes(rows.slice(first, first + MEASURE_ROWS_PER_PIECE));
    pieces++;
  }
  return bytes - pieces + 1;
}

function buildSegment(regions: readonly DataRegion[], segment: BlockSegment): QueuedSegment {
  const region = regions[segment.regionIndex];
  if (region === undefined) throw new Error(`writeRows: no region ${segment.regionIndex}`);
  const rows = region.rows.slice(segment.firstRow, segment.firstRow + segment.rowCount);
  const formatRow = [...region.numberFormats];
  return {
    address: formatAddress({
      startRow: region.topRow + segment.firstRow,
      startColumn: region.leftColumn,
      rowCount: segment.rowCount,
      columnCount: region.numberFormats.length,
    }),
    values: rows.map(toExcelRow),
    numberFormats: rows.map(
      (_, offset) => region.rowNumberFormats?.[segment.firstRow + offset]?.slice() ?? formatRow,
    ),
  };
}

/** Halves a request by rows: whole segments where possible, else the one segment cut in the middle. */
function splitInTwo(segments: readonly BlockSegment[]): BlockSegment[][] {
  const [only] = segments;
  if (segments.length > 1 || only === undefined) {
    const middle = Math.ceil(segments.length / 2);
    return [segments.slice(0, middle), segments.slice(middle)];
  }
  const firstCount = Math.ceil(only.rowCount / 2);
  return [
    [{ ...only, rowCount: firstCount }],
    [{ ...only, firstRow: only.firstRow + firstCount, rowCount: only.rowCount - firstCount }],
  ];
}
