/**
 * The PROMO.* functions called as Excel calls them (excel-harness.ts), with blank cells arriving as null (web)
 * and as 0 (desktop; office-js issues 4702, 1951, 5262), and with #N/A cells. An optional argument pointing at an
 * empty cell is passed as `null`. Expected values are worked by hand in each test.
 */
import type { BlankCellArrival, FormulaArgument } from "../../playground/simulator/custom-functions";
import { builtMetadata, column, excelHarness, NA, shown, shownRows, valueError } from "./excel-harness";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

/** A single-result function's value, or the error it throws, as shown. */
async function single(blankCells: BlankCellArrival, id: string, args: readonly FormulaArgument[]) {
  try {
    return shown(await excelHarness(metadata, blankCells).call(id, args));
  } catch (error) {
    return shown(error);
  }
}

async function spill(blankCells: BlankCellArrival, id: string, args: readonly FormulaArgument[]) {
  return shownRows(await excelHarness(metadata, blankCells).call(id, args));
}

const DIV0 = { code: "#DIV/0!", message: "" };

describe.each(["null", "zero"] as const)("blank cells arriving as %s", (blankCells) => {
  it("SELLRATIO, DISCOUNTRATE, STOCKVALUE, NETSALES: blank rows add nothing; a blank gmv is 0, as SUM", async () => {
    // Stock value 300×20 + 500×10 = 11000 (the blank row adds nothing); 2200 / 11000 = 0.2.
    const prices = column(300, null, 500, null);
    const stocks = column(20, 7, 10, null);
    expect(await single(blankCells, "PROMO.SELLRATIO", [column(2200, null), prices, stocks])).toBeCloseTo(
      0.2,
      12,
    );
    expect(await single(blankCells, "PROMO.SELLRATIO", [column(null), prices, stocks])).toBe(0);
    expect(await single(blankCells, "PROMO.STOCKVALUE", [prices, stocks])).toBe(11000);
    // 300×2 + 100×3 = 900; 450 / 900 = 0.5.
    const rate = await single(blankCells, "PROMO.DISCOUNTRATE", [
      [[450]],
      column(300, 100, null),
      column(2, 3, null),
    ]);
    expect(rate).toBeCloseTo(0.5, 12);
    // 3070 − (150 + 350 + 30) = 2540.
    expect(await single(blankCells, "PROMO.NETSALES", [[[3070]], column(150, 350, null, 30)])).toBe(2540);
  });

  it("CONVERSION and YOY: a blank cell is 0, as in Excel's =B2/C2", async () => {
    // 6 / 750 = 0.008; 0 / 40 = 0; 3 / 0 → #DIV/0!.
    const conversion = await spill(blankCells, "PROMO.CONVERSION", [
      column(6, null, 3),
      column(750, 40, null),
    ]);
    expect(conversion[0]?.[0]).toBeCloseTo(0.008, 12);
    expect(conversion.slice(1)).toEqual([[0], [DIV0]]);
    // (125 − 100) / 100 = 0.25; (0 − 100) / 100 = −1; (50 − 0) / 0 → #DIV/0!.
    const yoy = await spill(blankCells, "PROMO.YOY", [column(125, null, 50), column(100, 100, null)]);
    expect(yoy).toEqual([[0.25], [-1], [DIV0]]);
  });

  it("BAND: blank label cells past the labels are ignored, label 0 within the count is kept; closed defaults", async () => {
    const edges = [[0, 200, 400]];
    expect(
      await spill(blankCells, "PROMO.BAND", [column(150, 250), edges, column("low", "high", null), null]),
    ).toEqual([["low"], ["high"]]);
    // Band numbers as labels: {0, 1} for two bands, then two blank cells.
    expect(
      await spill(blankCells, "PROMO.BAND", [column(150, 250), edges, column(0, 1, null, null)]),
    ).toEqual([["0"], ["1"]]);
  });

  it("KPIS: blank ids leave lines and product rows out, blank numbers are 0, a blank tag price is no price", async () => {
    /*
     * Lines: P1 2 300 B1 · P2 1 100 B2 · P1 (blank units) 150 B2 · a blank row.
     * Products: P1 tag 200 stock 10 · P2 no tag price, stock 4 · a blank row.
     * GMV 550; units 2 + 1 + 0 = 3; buyers 2; discount rate over the priced product P1: 450 / (200 × 2) = 1.125;
     * stock value 200 × 10 = 2000 (P2 has no tag price); sell-through 550 / 2000 = 0.275; SPU 2.
     */
    const result = await spill(blankCells, "PROMO.KPIS", [
      column("P1", "P2", "P1", null),
      column(2, 1, null, null),
      column(300, 100, 150, null),
      column("B1", "B2", "B2", null),
      undefined,
      undefined,
      undefined,
      column("P1", "P2", null),
      column(200, null, null),
      column(10, 4, null),
      undefined,
      undefined,
      undefined,
      null,
    ]);
    const values = Object.fromEntries(result.map((row) => [row[0], row[2]]));
    expect(values).toMatchObject({ gmv: 550, units: 3, buyers: 2, discountRate: 1.125, stockValue: 2000 });
    expect(values).toMatchObject({ sellThrough: 0.275, spuCount: 2 });
  });
});

describe("#N/A cells (the build sets allowErrorForDataTypeAny)", () => {
  it("a single-result function gives #VALUE! naming the cell", async () => {
    expect(await single("null", "PROMO.SELLRATIO", [[[2200]], column(300, 500), column(20, NA)])).toEqual(
      valueError("stocks (row 2, column 1) is an error value (#N/A)"),
    );
  });

  it("CONVERSION and YOY: #VALUE! in the pair's cell only", async () => {
    const result = await spill("zero", "PROMO.YOY", [column(125, NA), column(100, 100)]);
    expect(result).toEqual([[0.25], [valueError("current (row 2, column 1) is an error value (#N/A)")]]);
  });

  it("BAND: an #N/A label gives every cell #VALUE! naming it", async () => {
    const result = await spill("null", "PROMO.BAND", [column(150, 250), [[0, 200, 400]], column("low", NA)]);
    const error = valueError("label (row 2, column 1) is an error value (#N/A)");
    expect(result).toEqual([[error], [error]]);
  });
});
