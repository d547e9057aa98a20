/**
 * Issue 12 item 5: error messages reach the user (the pane shows them, the command line prints them), so they
 * never name an internal function. Every CoreError message in src/ is read from the source and checked for the
 * names the issue saw ("tableFromGrid", "recommendK") and their kin in src/table and src/cluster.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { recommendK } from "../../../src/cluster/recommend-k";

const SRC = join(__dirname, "../../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

it("no CoreError message names tableFromGrid, tableFromTextCells or recommendK", () => {
  const offenders = sources(SRC).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const messages = [...text.matchAll(/new CoreError\(\s*"[A-Z_]+",\s*([`"][^`"]*[`"])/g)].map(
      (match) => match[1] ?? "",
    );
    return messages
      .filter((message) => /\b(tableFromGrid|tableFromTextCells|recommendK)\b/.test(message))
      .map((message) => `${file.slice(SRC.length + 1)}: ${message}`);
  });
  expect(offenders).toEqual([]);
});

it("an empty selection and a header without data are worded for the user", () => {
  expect(() => tableFromGrid({ values: [[null, ""]] })).toThrow(
    "The selection is empty: select the table you pasted, including its header row.",
  );
  expect(() => tableFromGrid({ values: [["Customer ID", "Sales"]] })).toThrow(
    "The selection has a header row (row 1) but no data rows below it: select the header and at least one row of data.",
  );
});

it("a sweep too short to recommend from says what to do, without a function name", () => {
  const sweep = {
    runs: [
      { k: 1, inertia: 10, inertiaDrop: null, silhouette: null, calinskiHarabasz: null, daviesBouldin: null },
    ],
    knee: null,
  };
  expect(() => recommendK(sweep as never)).toThrow(
    /^No number of segments can be recommended: try at least 3 values of k/,
  );
});
