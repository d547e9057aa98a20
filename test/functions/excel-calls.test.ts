/**
 * KMEANS.LABELS, RFM.TABLE, RFM.LEVEL and PROMO.BAND called as Excel calls them (playground/simulator/
 * custom-functions.ts, sources there): from the metadata the build emits (the generator, then the webpack step
 * that adds allowErrorForDataTypeAny), with blank cells arriving as null (web) or 0 (desktop), and with an #N/A
 * cell. Expected values are worked by hand in each test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { withErrorInputs } from "../../functions/build/allow-error-inputs.cjs";
import { kmeansLabels } from "../../functions/kmeans";
import { promoBand } from "../../functions/promo";
import { rfmLevel } from "../../functions/rfm";
import { rfmTable } from "../../functions/rfm-table";
import {
  createFunctionHarness,
  type BlankCellArrival,
  type SheetCell,
} from "../../playground/simulator/custom-functions";

const FUNCTIONS_DIR = join(__dirname, "..", "..", "functions");
const implementations = {
  "KMEANS.LABELS": kmeansLabels,
  "RFM.TABLE": rfmTable,
  "RFM.LEVEL": rfmLevel,
  "PROMO.BAND": promoBand,
} as Record<string, (...args: never[]) => unknown>;

let builtMetadata: Record<string, unknown> = {};

beforeAll(async () => {
  const files = readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(FUNCTIONS_DIR, name))
    .filter((file) => readFileSync(file, "utf8").includes("@customfunction"));
  const generated = await generateCustomFunctionsMetadata(files);
  builtMetadata = JSON.parse(withErrorInputs(generated.metadataJson)) as Record<string, unknown>;
});

function harness(blankCells: BlankCellArrival, metadata: unknown = builtMetadata) {
  return createFunctionHarness({ metadata, implementations, blankCells });
}

/** An Excel error as { code, message }, or the value itself. */
function shown(cell: unknown): unknown {
  return cell instanceof CustomFunctions.Error ? { code: cell.code, message: cell.message } : cell;
}

function shownRows(result: unknown): unknown[][] {
  return (result as unknown[][]).map((row) => row.map(shown));
}

const NA: SheetCell = { error: "#N/A" };

describe.each(["null", "zero"] as const)("blank cells arriving as %s", (blankCells) => {
  it("RFM.LEVEL: trailing blank breakpoints are ignored; a blank value is #VALUE! (web) or the level of 0 (desktop)", async () => {
    // {2,3,4,7} desc: 1 → 4, 3 → 2, 7 → 0; 0 (desktop's blank) is below 2 → 4.
    const result = await harness(blankCells).call("RFM.LEVEL", [
      [[1], [3], [7], [null]],
      [[2, 3, 4, 7, null, null]],
    ]);
    const blankValue = blankCells === "null" ? { code: "#VALUE!", message: "value is blank" } : 4;
    expect(shownRows(result)).toEqual([[4], [2], [0], [blankValue]]);
  });

  it("PROMO.BAND: trailing blank edges are ignored, a first 0 edge is kept", async () => {
    // Edges {0,200,400}, right-closed with the lowest edge included: 150 → [0, 200], 250 → (200, 400], 0 → [0, 200].
    const result = await harness(blankCells).call("PROMO.BAND", [
      [[150], [250], [null]],
      [[0], [200], [400], [null], [null]],
    ]);
    const blankValue = blankCells === "null" ? { code: "#VALUE!", message: "value is blank" } : "[0, 200]";
    expect(shownRows(result)).toEqual([["[0, 200]"], ["(200, 400]"], [blankValue]]);
  });

  it("KMEANS.LABELS: trailing blank rows are not data and not clustered", async () => {
    // Two groups, around (1, 1) and (10, 10): the higher centre on the first column is cluster 1.
    const data: SheetCell[][] = [
      [1, 1],
      [1.2, 1],
      [10, 10],
      [10.2, 10],
      [null, null],
      [null, null],
    ];
    const result = await harness(blankCells).call("KMEANS.LABELS", [data, 2]);
    expect(shownRows(result)).toEqual([[2], [2], [1], [1]]);
  });

  it("KMEANS.LABELS on a B:D-sized range (1,048,576 rows) with 100 data rows works", async () => {
    const rows: SheetCell[][] = Array.from({ length: 1_048_576 }, () => [null, null, null]);
    for (let row = 0; row < 100; row++) rows[row] = row < 50 ? [row / 100, 0, 1] : [100 + row / 100, 50, 1];
    const result = shownRows(await harness(blankCells).call("KMEANS.LABELS", [rows, 2]));
    expect(result).toHaveLength(100);
    expect(result.slice(0, 50).every(([label]) => label === 2)).toBe(true);
    expect(result.slice(50).every(([label]) => label === 1)).toBe(true);
  }, 30_000);

  it("RFM.TABLE: a row of blanks is left out and a blank as_of cell means the day after the latest order", async () => {
    // a: orders on 45000 and 45010, 10 + 20; b: 45005, 5. as_of = 45011: a 1 day, 2 days, 30; b 6 days, 1, 5.
    const result = shownRows(
      await harness(blankCells).call("RFM.TABLE", [
        [["a"], ["a"], ["b"], [null]],
        [[45000], [45010], [45005], [null]],
        [[10], [20], [5], [null]],
        null,
      ]),
    );
    expect(result).toHaveLength(3);
    expect(result.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["a", 1, 2, 30],
      ["b", 6, 1, 5],
    ]);
  });
});

describe("an #N/A cell reaches the functions because the build sets allowErrorForDataTypeAny", () => {
  it("RFM.LEVEL and PROMO.BAND: only that cell shows an error", async () => {
    const level = await harness("null").call("RFM.LEVEL", [[[1], [NA], [7]], [[2, 3, 4, 7]]]);
    expect(shownRows(level)).toEqual([
      [4],
      [{ code: "#VALUE!", message: "value is an error value (#N/A)" }],
      [0],
    ]);
    const band = await harness("zero").call("PROMO.BAND", [
      [[150], [NA]],
      [[0], [200], [400]],
    ]);
    expect(shownRows(band)).toEqual([
      ["[0, 200]"],
      [{ code: "#VALUE!", message: "value is an error value (#N/A)" }],
    ]);
  });

  it("KMEANS.LABELS: the row with #N/A gets its own message, the other rows are clustered", async () => {
    const data: SheetCell[][] = [
      [1, 1],
      [NA, 1],
      [10, 10],
      [10.2, 10],
      [1.2, 1],
    ];
    const result = await harness("null").call("KMEANS.LABELS", [data, 2]);
    expect(shownRows(result)).toEqual([
      [2],
      [{ code: "#VALUE!", message: "KMEANS.LABELS: data (row 2, column 1) is an error value (#N/A)" }],
      [1],
      [1],
      [2],
    ]);
  });

  it("RFM.TABLE: only the member of the #N/A shows #VALUE!, naming its range, row and column", async () => {
    // a: one order on 45000 (10); b's amount is #N/A, so b's rows do not count: as of 45001, a 1 day, 1 order,
    // 10; one member scored among itself: R5 F1 M1, "New Customers".
    const result = shownRows(
      await harness("null").call("RFM.TABLE", [
        [["a"], ["b"]],
        [[45000], [45005]],
        [[10], [NA]],
      ]),
    );
    const error = { code: "#VALUE!", message: "amounts (row 2, column 1) is an error value (#N/A)" };
    expect(result.slice(1)).toEqual([
      ["a", 1, 1, 10, 5, 1, 1, "New Customers"],
      ["b", ...Array(7).fill(error)],
    ]);
  });

  it("without the flag Excel does not call the function: the whole result is the #N/A (why the step exists)", async () => {
    const withoutFlag = { ...builtMetadata, allowErrorForDataTypeAny: undefined };
    const invocation = harness("null", withoutFlag).invoke("KMEANS.LABELS", [
      [
        [1, 1],
        [NA, 1],
        [10, 10],
      ],
      2,
    ]);
    expect(invocation.called).toBe(false);
    expect(shown(await invocation.result)).toEqual({ code: "#N/A", message: "" });
  });
});
