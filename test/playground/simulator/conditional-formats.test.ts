// Conditional formats (ExcelApi 1.6), as learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
// ("Color scale") and the Excel.ColorScaleConditionalFormat / ConditionalColorScaleCriteria references describe them.
import { createSimulatedExcel } from "../../../playground/simulator";

const threeColours = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

function sheetWithNumbers() {
  const sim = createSimulatedExcel({ mode: "web" });
  sim.addSheet("S", {
    values: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    startCell: "B2",
  });
  return sim;
}

describe("range.conditionalFormats.add", () => {
  test("a colour scale is recorded with its range and criteria after the sync, not before", async () => {
    const sim = sheetWithNumbers();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B2:D3");
      const format = range.conditionalFormats.add(sim.ConditionalFormatType.colorScale);
      format.colorScale.criteria = threeColours;
      expect(sim.workbook.sheet("S").conditionalFormats).toEqual([]);
      format.load("type");
      format.colorScale.load("threeColorScale");
      await context.sync();
      expect(format.type).toBe("ColorScale");
      expect(format.colorScale.threeColorScale).toBe(true);
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.workbook.sheet("S").conditionalFormats).toEqual([
      { address: "S!B2:D3", type: "ColorScale", criteria: threeColours },
    ]);
  });

  test("criteria are copied when set: changing the object afterwards changes nothing", async () => {
    const sim = sheetWithNumbers();
    const criteria = structuredClone(threeColours);
    await sim.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("S")
        .getRange("B2:B3")
        .conditionalFormats.add("ColorScale");
      format.colorScale.criteria = criteria;
      criteria.minimum.color = "#000000";
      await context.sync();
    });
    expect(sim.workbook.sheet("S").conditionalFormats[0]?.criteria?.minimum.color).toBe("#F8696B");
  });

  test("a two-colour scale has no midpoint; criteria read back as set", async () => {
    const sim = sheetWithNumbers();
    const twoColours = {
      minimum: { type: "Number", formula: "0", color: "#FFFFFF" },
      maximum: { type: "HighestValue", color: "#4472C4" },
    };
    await sim.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("S")
        .getRange("C2:C3")
        .conditionalFormats.add("ColorScale");
      format.colorScale.criteria = twoColours;
      format.colorScale.load("criteria,threeColorScale");
      await context.sync();
      expect(format.colorScale.threeColorScale).toBe(false);
      expect(format.colorScale.criteria).toEqual(twoColours);
    });
  });

  test("bad criteria fail with InvalidArgument when the request runs, not when assigned", async () => {
    const sim = sheetWithNumbers();
    await expect(
      sim.run(async (context) => {
        const format = context.workbook.worksheets
          .getItem("S")
          .getRange("B2:D3")
          .conditionalFormats.add("ColorScale");
        // A percentile midpoint needs its percentile as the formula.
        format.colorScale.criteria = {
          minimum: { type: "LowestValue" },
          midpoint: { type: "Percentile" },
          maximum: { type: "HighestValue" },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.requestLog.map((entry) => entry.outcome)).toEqual(["InvalidArgument"]);
  });

  test("an unknown conditional format type is InvalidArgument", async () => {
    const sim = sheetWithNumbers();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("B2").conditionalFormats.add("Heat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.workbook.sheet("S").conditionalFormats).toEqual([]);
  });

  test("colorScale of a format of another type fails", async () => {
    const sim = sheetWithNumbers();
    await expect(
      sim.run(async (context) => {
        const format = context.workbook.worksheets
          .getItem("S")
          .getRange("B2:D3")
          .conditionalFormats.add("DataBar");
        format.colorScale.criteria = threeColours;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    // The add before the failing operation stays applied, as Excel keeps what ran before a failure.
    expect(sim.workbook.sheet("S").conditionalFormats).toEqual([
      { address: "S!B2:D3", type: "DataBar", criteria: null },
    ]);
  });

  test("needs ExcelApi 1.6: an ExcelApi 1.5 host answers ApiNotFound", async () => {
    const sim = createSimulatedExcel({ mode: "desktop", excelApiVersion: "1.5", sheetNames: ["S"] });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").conditionalFormats.add("ColorScale");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("the recorded address follows a renamed sheet", async () => {
    const sim = sheetWithNumbers();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B2:D3").conditionalFormats.add("ColorScale").colorScale.criteria = threeColours;
      sheet.name = "Heat";
      await context.sync();
    });
    expect(sim.workbook.sheet("Heat").conditionalFormats.map((format) => format.address)).toEqual([
      "Heat!B2:D3",
    ]);
  });
});
