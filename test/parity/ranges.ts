import type { RawGrid } from "../../src/table/types";

/**
 * One column of a grid's data rows (header row left out) as the range Excel passes a worksheet function: one
 * row per cell, `[[v1], [v2], …]`. A header that is not in the grid is a mistake in the test, not a blank range.
 */
export function columnRange(grid: RawGrid, header: string): unknown[][] {
  const index = (grid.values[0] ?? []).indexOf(header);
  if (index === -1) throw new Error(`no column "${header}" in the grid`);
  return grid.values.slice(1).map((row) => [row[index] ?? ""]);
}

/** A spilled cell as a number, or null for an Excel error or text (a KPI the function could not compute). */
export function spillNumber(cell: unknown): number | null {
  return typeof cell === "number" ? cell : null;
}

/** The Excel error code of a spilled cell ("#N/A", "#VALUE!"), or null when it is a value. */
export function spillError(cell: unknown): string | null {
  return cell instanceof CustomFunctions.Error ? cell.code : null;
}

/** The engine job context of a run no one cancels. */
export const JOB_CONTEXT = { progress: () => undefined, isCancelled: () => false };

/** A pane run record (what the door states; every use case adds its own settings and the rows read). */
export const PANE_RECORD = {
  inputAddress: "Sheet1!A1",
  rowCount: 0,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-12-05T00:00:00.000Z",
};
