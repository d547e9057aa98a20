/**
 * CYCLE.STATS and PROMO.SENSITIVITY called as Excel calls them (excel-harness.ts), with blank cells arriving as
 * null (web) and as 0 (desktop; office-js issues 4702, 1951, 5262), and with #N/A cells. An optional argument
 * pointing at an empty cell is passed as `null`. Expected values are worked by hand in each test.
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

const DAY = 45000; // 2023-03-15

describe.each(["null", "zero"] as const)("blank cells arriving as %s", (blankCells) => {
  it("CYCLE.STATS: rows with a blank id or date are left out, so a range past the data works", async () => {
    // a: DAY and DAY + 10 → cycle 10; b: DAY and DAY + 30 → 30; c: one day. The row with no member (DAY + 40)
    // and the row with no date are left out, and so are the trailing blank rows. Cycles 10, 30: mean 20,
    // QUARTILE.INC Q1 = 10 + 0.25 × 20 = 15, median 20, Q3 = 25; lapsed after ⌈25 + 1.5 × 10⌉ = 40.
    const result = await call(blankCells, "CYCLE.STATS", [
      column("a", "a", "b", "b", "c", null, "a", null, null),
      column(DAY, DAY + 10, DAY, DAY + 30, DAY, DAY + 40, null, null, null),
      null,
    ]);
    expect(result.map((row) => row[1])).toEqual(["Value", 3, 2, 20, 15, 20, 25, 40]);
  });

  it("PROMO.SENSITIVITY: two blank cells give a blank row; a blank coupon_orders is 0; a lone blank orders is #VALUE!", async () => {
    // Shares 1/2, 0/4 (blank coupons), 3/3; row 4 is blank; row 5 has coupons but no orders.
    // Sorted 0, 0.5, 1: QUARTILE.INC Q1 = 0.25, Q3 = 0.75 → 0.5 mid, 0 low, 1 high.
    const result = await call(blankCells, "PROMO.SENSITIVITY", [
      column(1, null, 3, null, 2),
      column(2, 4, 3, null, null),
      null,
    ]);
    const message = blankCells === "null" ? "orders is blank" : "orders must be above 0 (got 0)";
    expect(result).toEqual([["mid"], ["low"], ["high"], [""], [valueError(message)]]);
  });
});

describe("#N/A cells (the build sets allowErrorForDataTypeAny)", () => {
  it("CYCLE.STATS: one #VALUE! naming the range, row and column (every figure depends on every row)", async () => {
    const result = await call("null", "CYCLE.STATS", [column("a", NA), column(DAY, DAY + 1)]);
    expect(result).toEqual([[valueError("member_ids (row 2, column 1) is an error value (#N/A)")]]);
  });

  it("PROMO.SENSITIVITY: the row with #N/A gets #VALUE!, the others keep their tags and quartiles", async () => {
    const result = await call("null", "PROMO.SENSITIVITY", [column(1, 0, 3, 1), column(2, 4, 3, NA)]);
    expect(result).toEqual([["mid"], ["low"], ["high"], [valueError("orders is an error value (#N/A)")]]);
  });
});
