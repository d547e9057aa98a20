import type { ReportCell } from "../../src/report/types";
import { toExcelRow } from "./excel-cell";
import { jsonUtf8Bytes } from "./payload-size";

/**
 * Excel on the web caps a request at 5 MB (resource-limits-and-performance-optimization, "Excel add-ins");
 * read strictly that is 5,000,000 bytes. Requests are planned to 4,000,000 bytes of estimated data, and the
 * per-row estimate carries a 20 % margin, so a request stays under the cap even when unsampled rows are
 * somewhat longer than the sampled ones.
 */
export const DEFAULT_BUDGET_BYTES = 4_000_000;
export const ROW_ESTIMATE_MARGIN = 1.2;
/** Rows measured per region: spread evenly, first and last included. */
export const SAMPLE_ROWS = 256;
/** Allowance per segment (two actions with their range addresses) and per request (the other actions). */
export const SEGMENT_OVERHEAD_BYTES = 512;
export const REQUEST_RESERVE_BYTES = 16_384;

/** What planBlocks needs of a region: its rows and one number format per column. */
export interface PlannedRegion {
  readonly rows: readonly (readonly ReportCell[])[];
  readonly numberFormats: readonly string[];
}

/** Rows `firstRow .. firstRow + rowCount - 1` of region `regionIndex`. */
export interface BlockSegment {
  readonly regionIndex: number;
  readonly firstRow: number;
  readonly rowCount: number;
}

/** One request: its segments and their estimated size. */
export interface BlockRequest {
  readonly segments: readonly BlockSegment[];
  readonly estimatedBytes: number;
}

export interface BlockPlan {
  readonly requests: readonly BlockRequest[];
  /** Estimated bytes per row of each region (values plus formats, margin included). */
  readonly rowBytes: readonly number[];
}

/**
 * Splits the rows of several regions into requests that each stay under a byte budget: one sync per request.
 * The size of a row is measured, not assumed: the largest JSON size (UTF-8, values as written plus their
 * number formats) among up to 256 evenly spaced rows, times 1.2. Regions are packed in order; a region may
 * span requests and a request may hold the ends of several regions. Deterministic, so tests can predict the
 * number of syncs.
 *
 * Cost: O(regions × 256 sampled rows) to measure, O(requests) to pack.
 * @example planBlocks([{ rows: [[1, "a"]], numberFormats: ["0", "@"] }]).requests.length // 1
 */
export function planBlocks(regions: readonly PlannedRegion[], budgetBytes = DEFAULT_BUDGET_BYTES): BlockPlan {
  const rowBytes = regions.map(estimateRowBytes);
  const capacity = budgetBytes - REQUEST_RESERVE_BYTES;
  const requests: BlockRequest[] = [];
  let segments: BlockSegment[] = [];
  let used = 0;
  const flush = () => {
    if (segments.length > 0) requests.push({ segments, estimatedBytes: used + REQUEST_RESERVE_BYTES });
    segments = [];
    used = 0;
  };
  regions.forEach((region, regionIndex) => {
    const bytesPerRow = rowBytes[regionIndex] ?? 0;
    let firstRow = 0;
    while (firstRow < region.rows.length) {
      const room = Math.floor((capacity - used - SEGMENT_OVERHEAD_BYTES) / bytesPerRow);
      if (room < 1 && segments.length > 0) {
        flush();
        continue;
      }
      const rowCount = Math.min(Math.max(room, 1), region.rows.length - firstRow);
      segments.push({ regionIndex, firstRow, rowCount });
      used += SEGMENT_OVERHEAD_BYTES + rowCount * bytesPerRow;
      firstRow += rowCount;
    }
  });
  flush();
  return { requests, rowBytes };
}

function estimateRowBytes(region: PlannedRegion): number {
  const { rows } = region;
  if (rows.length === 0) return 0;
  const formatBytes = jsonUtf8Bytes(region.numberFormats) + 1;
  const samples = Math.min(SAMPLE_ROWS, rows.length);
  let largest = 0;
  for (let sample = 0; sample < samples; sample++) {
    const index = samples === 1 ? 0 : Math.round((sample * (rows.length - 1)) / (samples - 1));
    largest = Math.max(largest, jsonUtf8Bytes(toExcelRow(rows[index] ?? [])) + 1);
  }
  return Math.ceil((largest + formatBytes) * ROW_ESTIMATE_MARGIN);
}
