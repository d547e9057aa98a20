import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { RawGrid } from "../../../src/table/types";

/** A CSV from test/fixtures/intake/ as a grid of strings, as the command line reads it (line 1 = row 1). */
export function fixtureGrid(name: string): RawGrid {
  const text = readFileSync(path.join(__dirname, "../../fixtures/intake", name), "utf8").replace(
    /^\uFEFF/,
    "",
  );
  const parsed = Papa.parse<string[]>(text, { delimiter: "", skipEmptyLines: false });
  return { values: parsed.data, firstRowNumber: 1 };
}
