import { readFileSync } from "node:fs";
import path from "node:path";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { RawGrid, Table } from "../../src/table/types";

const REPO_ROOT = path.join(__dirname, "../..");

/**
 * A fixture CSV without quoted fields (the hand-made ones under test/fixtures) as the grid of text cells a
 * pasted or opened CSV gives: every cell a string, blanks as null. Only for fixtures written by hand; the
 * command line's own reader (cli/io) handles real exports.
 */
export function fixtureGrid(relativePath: string): RawGrid {
  const text = readFileSync(path.join(REPO_ROOT, relativePath), "utf8");
  const lines = text.split(/\r?\n/).filter((line) => line !== "");
  if (lines.some((line) => line.includes('"'))) throw new Error(`${relativePath} has quoted fields`);
  return { values: lines.map((line) => line.split(",").map((cell) => (cell === "" ? null : cell))) };
}

/** {@link fixtureGrid} typed by the core's table builder, roles recognised from the headers. */
export function fixtureTable(relativePath: string): Table {
  return tableFromGrid(fixtureGrid(relativePath));
}
