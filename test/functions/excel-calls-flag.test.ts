/**
 * Every worksheet function with an #N/A cell in a range argument, called as Excel calls it (test/functions/
 * excel-harness.ts): without allowErrorForDataTypeAny Excel does not call the function and the result is the
 * #N/A itself (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as custom function
 * inputs"); with it, as the build emits functions.json, the function is called and answers with a #VALUE! whose
 * message names the #N/A. Where each function puts that #VALUE! is tested per function in excel-calls-*.test.ts.
 */
import type { FormulaArgument } from "../../playground/simulator/custom-functions";
import {
  builtMetadata,
  column,
  excelHarness,
  IMPLEMENTATIONS,
  NA,
  shownRows,
  withoutErrorInputs,
} from "./excel-harness";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

/** One formula per function, each with an #N/A in a range argument. */
const CALLS: Readonly<Record<string, readonly FormulaArgument[]>> = {
  // The 13-number coefficients row: intercept, 4 weights, 4 means, 4 SDs.
  "CHURN.PROBABILITY": [
    column(10, NA),
    column(2, 3),
    column(100, 200),
    column(50, 60),
    [[0.1, 0.5, -0.3, -0.2, 0.1, 30, 2, 150, 60, 20, 1.5, 80, 40]],
  ],
  CLV: [column(2, NA), column(10, 10)],
  "CLV.BGNBD": [column(2, NA), column(30, 1), column(38, 2), 39, 0.243, 4.414, 0.793, 2.426],
  "CLV.GAMMAGAMMA": [column(2, NA), column(20, 10), 6.25, 3.74, 15.44],
  "CLV.PALIVE": [column(2, NA), column(30, 1), column(38, 2), 0.243, 4.414, 0.793, 2.426],
  "CYCLE.STATS": [column("a", "a"), column(45000, NA)],
  "KMEANS.ELBOW": [column(1, 2, 3, NA)],
  "KMEANS.LABELS": [column(1, 2, 10, NA), 2],
  "MEMBER.PROFILE": [column("North", "South"), column("a", "b"), column("o1", "o2"), column(5, NA)],
  "PROMO.BAND": [column(150, NA), [[0, 200, 400]]],
  "PROMO.CONVERSION": [column(6, NA), column(750, 40)],
  "PROMO.DISCOUNTRATE": [[[450]], column(300, NA), column(2, 3)],
  "PROMO.KPIS": [column("P1", "P2"), column(1, 2), column(10, NA)],
  "PROMO.NETSALES": [[[3070]], column(150, NA)],
  "PROMO.SELLRATIO": [[[2200]], column(300, 500), column(20, NA)],
  "PROMO.SENSITIVITY": [column(1, NA), column(2, 4)],
  "PROMO.STOCKVALUE": [column(300, NA), column(20, 10)],
  "PROMO.YOY": [column(125, NA), column(100, 100)],
  "RFM.LEVEL": [column(1, NA), [[2, 3, 4, 7]]],
  "RFM.SCORE": [column(1, NA), column(1, 2, 3)],
  "RFM.SEGMENT": [column(5, NA), column(5, 5), column(5, 5)],
  "RFM.CUSTOMERS": [column("a", "b"), column(120, NA), column(2, 3), column(45000, 45005)],
  "RFM.TABLE": [column("a", "b"), column(45000, 45005), column(10, NA)],
};

describe("an #N/A cell in a range argument", () => {
  it("covers every function of functions.json", () => {
    const ids = (metadata.functions as { id: string }[]).map((entry) => entry.id).sort();
    expect(Object.keys(CALLS).sort()).toEqual(ids);
    expect(Object.keys(IMPLEMENTATIONS).sort()).toEqual(ids);
  });

  it.each(Object.keys(CALLS))(
    "%s: without allowErrorForDataTypeAny Excel does not call it and shows the #N/A",
    async (id) => {
      const invocation = excelHarness(withoutErrorInputs(metadata), "null").invoke(id, CALLS[id] ?? []);
      expect(invocation.called).toBe(false);
      const result = (await invocation.result) as CustomFunctions.Error;
      expect([result.code, result.message]).toEqual(["#N/A", ""]);
    },
  );

  it.each(Object.keys(CALLS))(
    "%s: with the flag (the build) it is called and answers #VALUE! naming the #N/A",
    async (id) => {
      const invocation = excelHarness(metadata, "null").invoke(id, CALLS[id] ?? []);
      expect(invocation.called).toBe(true);
      let result: unknown;
      try {
        result = await invocation.result;
      } catch (error) {
        result = [[error]]; // a single-result function throws its cell's error
      }
      // PROMO.KPIS also shows #N/A for the KPIs whose input was not given: only the #VALUE! cells count here.
      const valueErrors = shownRows(result)
        .flat()
        .filter((cell) => typeof cell === "object" && cell !== null)
        .filter((cell) => (cell as { code: string }).code === "#VALUE!") as { message: string }[];
      expect(valueErrors.length).toBeGreaterThan(0);
      expect(valueErrors.filter(({ message }) => !message.includes("is an error value (#N/A)"))).toEqual([]);
    },
  );
});
