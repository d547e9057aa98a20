/**
 * CLV (both forms), CLV.BGNBD, CLV.PALIVE and CLV.GAMMAGAMMA called as Excel calls them (excel-harness.ts), with
 * blank cells arriving as null (web) and as 0 (desktop; office-js issues 4702, 1951, 5262), and with #N/A cells.
 * An optional argument pointing at an empty cell is passed as `null`. Published values: Fader, Hardie & Lee (2005)
 * and Fader & Hardie note 025 on CDNOW (as in test/functions/clv.test.ts, which has their offline python3
 * checks); the others are worked by hand in each test.
 */
import type { BlankCellArrival, FormulaArgument } from "../../playground/simulator/custom-functions";
import { builtMetadata, column, excelHarness, NA, shownRows, valueError } from "./excel-harness";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

async function call(blankCells: BlankCellArrival, id: string, args: readonly FormulaArgument[]) {
  return shownRows(await excelHarness(metadata, blankCells).call(id, args));
}

const BGNBD = [0.243, 4.414, 0.793, 2.426] as const; // r, alpha, a, b (CDNOW, published)
const GAMMA_GAMMA = [6.25, 3.74, 15.44] as const; // p, q, gamma (CDNOW, published)
const POPULATION_SPEND = (6.25 * 15.44) / 2.74; // p·γ/(q − 1): a one-time buyer's expected spend

describe.each(["null", "zero"] as const)("blank cells arriving as %s", (blankCells) => {
  it("CLV, form 1: a blank cell is 0, as in Excel's =B2*C2", async () => {
    expect(await call(blankCells, "CLV", [column(2.5, null), column(120, 120)])).toEqual([[300], [0]]);
  });

  it("CLV, form 2: blank lines are skipped, a line without an amount too (web), a blank registration unknown", async () => {
    const result = await call(blankCells, "CLV", [
      column("A", "A", "B", "C", null, null),
      column(45000, 45010, 45005, 45000, null, null),
      column(30, null, 40, 60, null, null),
      column(null, null, null, 44990, null, null),
    ]);
    const expected =
      blankCells === "null"
        ? // The web's blank amount (A, 45010) is left out, as the pane and the command line leave it out.
          // A: 45000 (30), 0 days; B: 45005 (40), 0 days; C: registered 44990, ordered 45000 (60): 10 days, 6 a
          // day. Population 60 / 10 = 6 a day (members with days); mean lifetime 10/3; CLV 10/3 × 6 = 20 each.
          {
            rows: [
              ["A", 0, 30, 6],
              ["B", 0, 40, 6],
              ["C", 10, 60, 6],
            ],
            clv: [20, 20, 20],
          }
        : // Desktop passes it as 0, a real amount: A 45000 (30) and 45010 (0): 10 days, 30, 3 a day; B 0 days;
          // C 10 days, 6 a day. Population 90 / 20 = 4.5; mean lifetime 20/3; CLV A 20, B 30, C 40.
          {
            rows: [
              ["A", 10, 30, 3],
              ["B", 0, 40, 4.5],
              ["C", 10, 60, 6],
            ],
            clv: [20, 30, 40],
          };
    expect(result.slice(1).map((row) => row.slice(0, 4))).toEqual(expected.rows);
    expect(result.slice(1).map((row) => row[4])).toEqual(
      expected.clv.map((value) => expect.closeTo(value, 10)),
    );
  });

  it("CLV.BGNBD and CLV.PALIVE: a row of blanks stays blank in both builds", async () => {
    const summary = [column(2, 0, null), column(30.43, 0, null), column(38.86, 38.86, null)];
    const expected = await call(blankCells, "CLV.BGNBD", [...summary, 39, ...BGNBD]);
    expect(expected[0]?.[0]).toBeCloseTo(1.226028174767135, 9);
    expect(expected[1]?.[0]).toBeCloseTo(0.19509805201125396, 9);
    expect(expected[2]).toEqual([""]);
    const alive = await call(blankCells, "CLV.PALIVE", [...summary, ...BGNBD]);
    expect(alive[0]?.[0]).toBeCloseTo(0.726578570080673, 9);
    expect(alive.slice(1)).toEqual([[1], [""]]);
  });

  it("CLV.GAMMAGAMMA: a blank row is blank on the web and a one-time buyer (0, 0) on desktop", async () => {
    // ID 1 of CDNOW: 6.25 × (15.44 + 2 × 22.35) / (6.25 × 2 + 3.74 − 1) = 375.875 / 15.24.
    const result = await call(blankCells, "CLV.GAMMAGAMMA", [
      column(2, 0, null),
      column(22.35, 0, null),
      ...GAMMA_GAMMA,
    ]);
    expect(result[0]?.[0]).toBeCloseTo(375.875 / 15.24, 12);
    expect(result[1]?.[0]).toBeCloseTo(POPULATION_SPEND, 12);
    if (blankCells === "null") expect(result[2]).toEqual([""]);
    else expect(result[2]?.[0]).toBeCloseTo(POPULATION_SPEND, 12);
  });

  it("a model parameter pointing at an empty cell is not given, in both builds", async () => {
    const result = await call(blankCells, "CLV.GAMMAGAMMA", [column(2), column(22.35), 6.25, 3.74, null]);
    expect(result).toEqual([
      [valueError("CLV.GAMMAGAMMA requires all of p, q, gamma or none of them (missing gamma)")],
    ]);
    const palive = await call(blankCells, "CLV.PALIVE", [
      column(2),
      column(30.43),
      column(38.86),
      null,
      4.4,
      0.8,
      2.4,
    ]);
    expect(palive).toEqual([[valueError("r is blank")]]);
  });
});

describe("#N/A cells (the build sets allowErrorForDataTypeAny)", () => {
  it("CLV, form 2: only the member of the #N/A shows #VALUE!; the means are over the other members", async () => {
    // A's amount is #N/A, so none of A's lines counts. B: one order (40), 0 days; C: 45000 (20) and 45010 (40),
    // 10 days, 6 a day. Mean lifetime (0 + 10) / 2 = 5; population 60 / 10 = 6 a day, which B takes:
    // CLV B 5 × 6 = 30, C 5 × 6 = 30.
    const result = await call("null", "CLV", [
      column("A", "A", "B", "C", "C"),
      column(45000, 45010, 45005, 45000, 45010),
      column(30, NA, 40, 20, 40),
    ]);
    const error = valueError("amount (row 2, column 1) is an error value (#N/A)");
    expect(result.slice(1)).toEqual([
      ["A", error, error, error, error],
      ["B", 0, 40, 6, 30],
      ["C", 10, 60, 6, 30],
    ]);
  });

  it("CLV.PALIVE: #VALUE! in that customer's cell only", async () => {
    const result = await call("null", "CLV.PALIVE", [
      column(2, 0),
      column(30.43, NA),
      column(38.86, 20),
      ...BGNBD,
    ]);
    expect(result[0]?.[0]).toBeCloseTo(0.726578570080673, 9);
    expect(result[1]).toEqual([valueError("recency is an error value (#N/A)")]);
  });
});
