// Error codes as listed in "Error handling with the application-specific JavaScript APIs"
// (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
import { createSimulatedExcel } from "../../../playground/simulator";

describe("errors raised at sync", () => {
  test("writing values of another shape than the range is InvalidArgument, and nothing of it is written", async () => {
    // Excel.Range.values takes a 2-D array of the range's dimensions; a mismatch fails the request.
    const sim = createSimulatedExcel({ mode: "desktop" });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["0"], ["0"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.workbook.sheet("Sheet1").usedAddress()).toBeNull();
  });

  test("worksheets.add with a taken name (any case) is ItemAlreadyExists; the operations before it stay applied", async () => {
    // "ItemAlreadyExists: The resource being created already exists." A failed request stops at the failing
    // operation; Excel does not roll back what ran before it.
    const sim = createSimulatedExcel({ mode: "desktop", sheetNames: ["Segments"] });
    const failure = sim.run(async (context) => {
      context.workbook.worksheets.add("Before");
      context.workbook.worksheets.add("SEGMENTS");
      context.workbook.worksheets.add("After");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(sim.workbook.sheetNames).toEqual(["Segments", "Before"]);
  });

  test("invalid sheet names are InvalidArgument", async () => {
    // Excel's rename rules: at most 31 characters, none of : \ / ? * [ ], not blank, no leading or trailing
    // apostrophe, "History" reserved.
    const sim = createSimulatedExcel({ mode: "desktop" });
    for (const name of ["", "a".repeat(32), "Q1/Q2", "[x]", "'quoted", "history"]) {
      await expect(
        sim.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await sim.run(async (context) => {
      context.workbook.worksheets.add("a".repeat(31));
      context.workbook.worksheets.add("分群 (2)");
      await context.sync();
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "a".repeat(31), "分群 (2)"]);
  });

  test("getItem of a missing sheet is ItemNotFound at sync, not when the proxy is made", async () => {
    // "if you attempt to get an Excel worksheet by specifying a worksheet name that isn't in the workbook, the
    // getItem() method throws an ItemNotFound exception" (application-specific-api-model, *OrNullObject).
    const sim = createSimulatedExcel({ mode: "desktop" });
    await expect(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Missing");
        sheet.load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  test("a host without a requirement set rejects its APIs with ApiNotFound; isSetSupported says so", async () => {
    // "ApiNotFound: ... It may be available in a newer version of the Office application."
    const sim = createSimulatedExcel({ mode: "desktop", excelApiVersion: "1.7" });
    expect(sim.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(sim.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(sim.office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    await expect(
      sim.run(async (context) => {
        context.workbook.getSelectedRanges().load("areaCount");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      sim.run(async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("an injected failure fails exactly that request, before it applies anything", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.failSync(2);
    await sim.run(async (context) => {
      context.workbook.worksheets.add("One");
      await context.sync();
      context.workbook.worksheets.add("Two");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      context.workbook.worksheets.add("Three");
      await context.sync();
    });
    expect(sim.workbook.sheetNames).toEqual(["Sheet1", "One", "Three"]);
    expect(sim.requestLog.map((entry) => entry.outcome)).toEqual(["ok", "GeneralException", "ok"]);
  });
});

describe("what Excel does with written values", () => {
  test("null leaves a cell unchanged, an empty string clears it, an empty number format means General", async () => {
    // "Blank and null values in Excel add-ins" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("S", { values: [["keep", "clear"]], numberFormats: [["0.0", "0%"]] });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.values = [[null, ""]];
      range.numberFormat = [[null, ""]];
      await context.sync();
    });
    const sheet = sim.workbook.sheet("S");
    expect(sheet.values("A1:B1")).toEqual([["keep", ""]]);
    expect(sheet.numberFormats("A1:B1")).toEqual([["0.0", "General"]]);
  });

  test("text that starts with = + - is a formula, number-like text a number, and an apostrophe keeps text", async () => {
    // Excel.Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
    // Excel interprets this value as a formula."; the blank/null page writes '29.96' and gets a number.
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").values = [
        ["=1+1", "-x", "29.96", "'007", "TRUE", "'=x"],
      ];
      await context.sync();
    });
    const sheet = sim.workbook.sheet("Sheet1");
    expect(sheet.cell("A1").formula).toBe("=1+1");
    expect(sheet.cell("B1").formula).toBe("-x");
    expect(sheet.values("C1:F1")).toEqual([[29.96, "007", true, "=x"]]);
    expect(sheet.cell("F1").formula).toBeUndefined();
  });
});
