/**
 * RFM.SCORE, RFM.SEGMENT, RFM.TABLE, RFM.CUSTOMERS and RFM.LEVEL's option called as Excel calls them
 * (excel-harness.ts), with blank cells arriving as null (Excel on the web) and as 0 (desktop; office-js issues
 * 4702, 1951, 5262), and with #N/A cells. An optional argument pointing at an empty cell is passed as `null`
 * here: the harness turns it into null or 0 by the switch (an omitted argument would be `undefined`). Expected
 * values are worked by hand.
 */
import type { BlankCellArrival } from "../../playground/simulator/custom-functions";
import { builtMetadata, column, excelHarness, NA, shownRows, valueError } from "./excel-harness";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

const call = async (
  blankCells: BlankCellArrival,
  id: string,
  args: Parameters<ReturnType<typeof excelHarness>["call"]>[1],
) => shownRows(await excelHarness(metadata, blankCells).call(id, args));

/** 1..10 as a column. R type 7 on 1..10: quantiles 2.8, 4.6, 6.4, 8.2; R rfm edges 3.8, 5.6, 7.4, 9.2. */
const oneToTen = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
const RFM_RULE_SCORES = [[1], [1], [1], [2], [2], [3], [3], [4], [4], [5]];

describe.each(["null", "zero"] as const)("blank cells arriving as %s", (blankCells) => {
  it("RFM.SCORE: all_values selected past its data scores as without the blanks; empty options are defaults", async () => {
    const pastData = [...oneToTen, [null], [null], [null]];
    expect(await call(blankCells, "RFM.SCORE", [oneToTen, pastData])).toEqual(RFM_RULE_SCORES);
    // bins, higher_is_better and edge_rule pointing at empty cells: 5 bins, higher is better, R rfm's edges.
    expect(await call(blankCells, "RFM.SCORE", [oneToTen, pastData, null, null, null])).toEqual(
      RFM_RULE_SCORES,
    );
  });

  it("RFM.SCORE: a blank value is #VALUE! on the web and scored as 0 on desktop", async () => {
    // 0 is below the first edge 3.8: score 1.
    const result = await call(blankCells, "RFM.SCORE", [column(10, null), oneToTen]);
    expect(result).toEqual([[5], [blankCells === "null" ? valueError("value is blank") : 1]]);
  });

  it("RFM.SEGMENT: a position with three blank scores stays blank; one blank score is #VALUE!", async () => {
    const result = await call(blankCells, "RFM.SEGMENT", [
      column(5, null, null),
      column(5, null, 5),
      column(5, null, 5),
      null,
      null,
    ]);
    expect(result[0]).toEqual(["Champions"]);
    expect(result[1]).toEqual([""]);
    const message =
      blankCells === "null" ? "r_score is blank" : "r_score must be a whole number from 1 to 5 (got 0)";
    expect(result[2]).toEqual([valueError(message)]);
  });

  it("RFM.TABLE: a line without an amount is left out (web), or an order of 0 (desktop's 0); options default", async () => {
    // Rows 4-5: no member, left out. The web's blank amount (a, 45010) is left out, as the pane and the command
    // line leave it out: a 45000 (10), b 45005 (5); as_of (empty cell) = 45006: a 6 days, b 1 day.
    // Desktop passes it as 0, a real amount: a 45000 (10) and 45010 (0): 2 order days, 10; as_of 45011: a 1, b 6.
    const result = await call(blankCells, "RFM.TABLE", [
      column("a", "a", "b", null, null),
      column(45000, 45010, 45005, 45020, null),
      column(10, null, 5, 99, null),
      null,
      null,
      null,
    ]);
    expect(result[0]?.[0]).toBe("Member");
    expect(result.slice(1).map((row) => row.slice(0, 4))).toEqual(
      blankCells === "null"
        ? [
            ["a", 6, 1, 10],
            ["b", 1, 1, 5],
          ]
        : [
            ["a", 1, 2, 10],
            ["b", 6, 1, 5],
          ],
    );
  });

  it("RFM.CUSTOMERS: a row with a blank (or 0) last order is left out; the other members keep their rows", async () => {
    // b's last order is blank: left out in both builds (no date is 0). a 45000, c 45005 → as of 45006: a 6, c 1.
    const result = await call(blankCells, "RFM.CUSTOMERS", [
      column("a", "b", "c"),
      column(10, 20, 5),
      column(2, 3, 1),
      column(45000, null, 45005),
      null,
      null,
      null,
    ]);
    expect(result.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["a", 6, 2, 10],
      ["c", 1, 1, 5],
    ]);
  });

  it("RFM.LEVEL: order pointing at an empty cell is the default, desc", async () => {
    // {2,3,4,7} desc: 1 → 4, 7 → 0.
    expect(await call(blankCells, "RFM.LEVEL", [column(1, 7), [[2, 3, 4, 7]], null])).toEqual([[4], [0]]);
  });
});

describe("#N/A cells (the build sets allowErrorForDataTypeAny)", () => {
  it("RFM.SCORE: an #N/A value is #VALUE! in its cell; an #N/A in all_values in every cell", async () => {
    expect(await call("null", "RFM.SCORE", [column(10, NA), oneToTen])).toEqual([
      [5],
      [valueError("value is an error value (#N/A)")],
    ]);
    const population = await call("null", "RFM.SCORE", [column(10, 1), [...oneToTen, [NA]]]);
    const message = "all_values (row 11, column 1) is an error value (#N/A)";
    expect(population).toEqual([[valueError(message)], [valueError(message)]]);
  });

  it("RFM.SCORE: an #N/A in higher_is_better gives every cell #VALUE! naming it", async () => {
    expect(await call("zero", "RFM.SCORE", [column(10), oneToTen, null, NA])).toEqual([
      [valueError("higher_is_better is an error value (#N/A)")],
    ]);
  });

  it("RFM.SEGMENT: an #N/A score is #VALUE! in the cells it pairs with only", async () => {
    expect(await call("null", "RFM.SEGMENT", [column(5, NA), column(5, 5), column(5, 5)])).toEqual([
      ["Champions"],
      [valueError("r_score is an error value (#N/A)")],
    ]);
  });

  it("RFM.CUSTOMERS: an #N/A or a text order count is #VALUE! in that member's row only", async () => {
    // b's count is #N/A, d's is text: both rows #VALUE! naming the cell. a 45000, c 45005 → as of 45006:
    // a 6 days, c 1 day; R edges over {6, 1} (as in the RFM.TABLE case below) give a 1 and c 5.
    const result = await call("null", "RFM.CUSTOMERS", [
      column("a", "b", "c", "d"),
      column(10, 20, 5, 7),
      column(2, NA, 1, "two"),
      column(45000, 45009, 45005, 45002),
    ]);
    const rowError = (message: string) => Array.from({ length: 7 }, () => valueError(message));
    expect(result.slice(1).map((row) => (typeof row[1] === "number" ? row.slice(0, 5) : row))).toEqual([
      ["a", 6, 2, 10, 1],
      ["b", ...rowError("order_counts (row 2, column 1) is an error value (#N/A)")],
      ["c", 1, 1, 5, 5],
      ["d", ...rowError('order_counts (row 4, column 1) must be a number (got "two")')],
    ]);
  });

  it("RFM.TABLE: an #N/A member id gets a #VALUE! row of its own where it appears", async () => {
    // a: 45000 (10) → as of 45001, 1 day; c: 45005 is the latest order → as of 45006: the #N/A row's 45009 does
    // not count. a 6 days, c 1 day. Two members: R edges over {6, 1} (quantiles 2, 3, 4, 5, + 1 = 3, 4, 5, 6)
    // give a 1 and c 5.
    const result = await call("null", "RFM.TABLE", [
      column("a", NA, "c"),
      column(45000, 45009, 45005),
      column(10, 20, 5),
    ]);
    const error = valueError("member_ids (row 2, column 1) is an error value (#N/A)");
    expect(result.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ["a", 6, 1, 10, 1],
      Array(5).fill(error),
      ["c", 1, 1, 5, 5],
    ]);
  });
});
