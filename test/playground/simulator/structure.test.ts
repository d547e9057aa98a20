// Tables, charts, frozen panes, column widths and settings, as the Excel.* reference pages describe them.
import { characterWidthToPoints, createSimulatedExcel } from "../../../playground/simulator";

describe("tables", () => {
  test("tables.add records the table over the address and names it Table1, Table2...", async () => {
    // Excel.TableCollection.add(address, hasHeaders); new tables get Excel's default style.
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("S", {
      values: [
        ["Name", "Sales"],
        ["a", 1],
        ["b", 2],
      ],
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const first = sheet.tables.add(sheet.getRange("A1:B3"), true);
      first.load("name");
      await context.sync();
      expect(first.name).toBe("Table1");
    });
    expect(sim.workbook.sheet("S").tables).toEqual([
      { name: "Table1", address: "S!A1:B3", hasHeaders: true, style: "TableStyleMedium2" },
    ]);
  });

  test("blank and repeated headers become unique text, as Excel renames them", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("S", {
      values: [
        ["Name", "", "Name", 2024],
        [1, 2, 3, 4],
      ],
    });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("S!A1:D2", true);
      await context.sync();
    });
    expect(sim.workbook.sheet("S").values("A1:D1")).toEqual([["Name", "Column2", "Name2", "2024"]]);
  });

  test("a table overlapping another is refused", async () => {
    // Excel error MergedRangeConflict: "A table can't overlap with another table..."
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("S", {
      values: [
        ["a", "b"],
        [1, 2],
        [3, 4],
      ],
    });
    sim.addTable("S!A1:B3");
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("S!B2:C4", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });
});

describe("charts", () => {
  test("charts.add, series names and ranges, titles and position are recorded", async () => {
    // Excel.ChartCollection.add(type, sourceData, seriesBy); ChartSeriesCollection.add and
    // ChartSeries.setValues / setXAxisValues (ExcelApi 1.7); Chart.setPosition(startCell, endCell).
    const sim = createSimulatedExcel({ mode: "desktop" });
    sim.addSheet("S", {
      values: [
        ["x", "y1", "y2"],
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("Line", sheet.getRange("B2:B3"), "Columns");
      chart.title.text = "Trend";
      chart.axes.categoryAxis.title.text = "Week";
      chart.axes.valueAxis.title.text = "Sales";
      chart.series.getItemAt(0).name = "y1";
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      const second = chart.series.add("y2");
      second.setValues(sheet.getRange("C2:C3"));
      second.setXAxisValues(sheet.getRange("A2:A3"));
      chart.setPosition("E2", "L16");
      await context.sync();
    });
    const [chart] = sim.workbook.sheet("S").charts;
    expect(chart).toMatchObject({
      type: "Line",
      title: "Trend",
      categoryAxisTitle: "Week",
      valueAxisTitle: "Sales",
      topLeftCell: "E2",
      bottomRightCell: "L16",
      series: [
        { name: "y1", valuesAddress: "S!B2:B3", xValuesAddress: "S!A2:A3" },
        { name: "y2", valuesAddress: "S!C2:C3", xValuesAddress: "S!A2:A3" },
      ],
    });
  });

  test("a scatter over two columns takes the first as x; an unknown chart type is InvalidArgument", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("XYScatter", sheet.getRange("A1:B10"), "Columns");
      await context.sync();
    });
    expect(sim.workbook.sheet("Sheet1").charts[0]?.series).toEqual([
      { name: "Series1", valuesAddress: "Sheet1!B1:B10", xValuesAddress: "Sheet1!A1:A10" },
    ]);
    await expect(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("Pie3D", sheet.getRange("A1:A2"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("sheet layout", () => {
  test("freezeRows, column widths in points, autofit and bold are recorded", async () => {
    // Worksheet.freezePanes.freezeRows (ExcelApi 1.7); RangeFormat.columnWidth and autofitColumns (1.2).
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["Member", "x"],
        ["a much longer name", 1],
      ];
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("B:B").format.columnWidth = 90;
      sheet.getRange("A1:A2").format.autofitColumns();
      sheet.getRange("A1").format.font.bold = true;
      const width = sheet.getRange("B1").format;
      width.load("columnWidth");
      await context.sync();
      expect(width.columnWidth).toBe(90);
    });
    const sheet = sim.workbook.sheet("Sheet1");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidth("B")).toBe(90);
    // 18 characters + 1 of margin, at 7 px each plus 5 px padding, 0.75 pt per px: (19 × 7 + 5) × 0.75.
    expect(sheet.columnWidth("A")).toBe(103.5);
    expect(characterWidthToPoints(8.43)).toBe(48);
    expect(sheet.cell("A1").bold).toBe(true);
  });

  test("rename, position and delete of worksheets; delete removes the sheet's tables", async () => {
    const sim = createSimulatedExcel({ mode: "desktop", sheetNames: ["A", "B", "C"] });
    sim.addTable("C!A1:A2");
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("B").name = "Beta";
      sheets.getItem("A").position = 2;
      sheets.getItem("C").delete();
      await context.sync();
    });
    expect(sim.workbook.sheetNames).toEqual(["Beta", "A"]);
    expect(sim.workbook.hasSheet("C")).toBe(false);
  });

  test("workbook settings (ExcelApi 1.4) store JSON values per document", async () => {
    const sim = createSimulatedExcel({ mode: "desktop" });
    await sim.run(async (context) => {
      context.workbook.settings.add("key", ["a", 1]);
      const missing = context.workbook.settings.getItemOrNullObject("other");
      const present = context.workbook.settings.getItemOrNullObject("key");
      present.load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.value).toEqual(["a", 1]);
    });
    expect(sim.workbook.settings).toEqual({ key: ["a", 1] });
  });
});
