import type { RawGrid } from "../src/table/types";
import type { GridReference, GridRowsMessage } from "./protocol";

/** The large input grids the worker holds, sent to it in `grid-rows` messages (protocol.ts). */
export interface WorkerGrids {
  /** Appends one message's rows to its grid (the first message creates it). */
  append(message: GridRowsMessage): void;
  /** Forgets a grid the pane no longer uses. */
  drop(gridId: number): void;
  /** The request with a `grid` that is a GridReference replaced by the grid it names; any other request as it is. */
  resolve(request: unknown): unknown;
}

interface HeldGrid {
  readonly values: unknown[][];
  readonly numberFormats: string[][];
}

/**
 * Creates the worker's store of grids. Rows are appended one by one (no spread of a large array into a call's
 * arguments, which has a stack-size limit). A request naming a grid the worker does not hold (a new worker after a
 * crash) is refused with an Error the pane shows as the engine's failure.
 */
export function createWorkerGrids(): WorkerGrids {
  const grids = new Map<number, HeldGrid>();
  return {
    append(message) {
      let grid = grids.get(message.gridId);
      if (grid === undefined) {
        grid = { values: [], numberFormats: [] };
        grids.set(message.gridId, grid);
      }
      for (const row of message.values) grid.values.push(row as unknown[]);
      for (const row of message.numberFormats ?? []) grid.numberFormats.push(row as string[]);
    },
    drop(gridId) {
      grids.delete(gridId);
    },
    resolve(request) {
      const reference = gridReferenceOf(request);
      if (reference === null) return request;
      const grid = grids.get(reference.gridId);
      if (grid === undefined) throw new Error(`The engine does not hold input grid ${reference.gridId}.`);
      const resolved: RawGrid = {
        values: grid.values,
        ...(grid.numberFormats.length > 0 ? { numberFormats: grid.numberFormats } : {}),
        ...(reference.firstRowNumber !== undefined ? { firstRowNumber: reference.firstRowNumber } : {}),
      };
      return { ...(request as object), grid: resolved };
    },
  };
}

function gridReferenceOf(request: unknown): GridReference | null {
  if (typeof request !== "object" || request === null || !("grid" in request)) return null;
  const { grid } = request as { grid: unknown };
  if (typeof grid !== "object" || grid === null || !("gridId" in grid)) return null;
  return typeof grid.gridId === "number" ? (grid as GridReference) : null;
}
