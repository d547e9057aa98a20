// References into other sheets, as Excel keeps them: a cell formula or a defined name holds the sheet itself, so
// a rename rewrites it and a delete turns it into #REF! (sources in playground/simulator/formula.ts and README).
import { createSimulatedExcel } from "../../../playground/simulator";

function workbookWithSegments() {
  const sim = createSimulatedExcel({ mode: "desktop", sheetNames: ["Report"] });
  sim.addSheet("Seg (2)", {
    values: [
      ["Segment", "Members"],
      ["A", 10],
      ["B", "n/a"],
      ["C", 32],
      ["D", true],
    ],
  });
  return sim;
}

async function writeFormulas(sim: ReturnType<typeof createSimulatedExcel>, formulas: string[][]) {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Report").getRange("A1:B1").values = formulas;
    await context.sync();
  });
}

describe("cell formulas that refer to another sheet", () => {
  test("=Sheet!B2 reads that cell and =SUM('Seg (2)'!B2:B9) adds its numbers, skipping text and TRUE", async () => {
    const sim = workbookWithSegments();
    await writeFormulas(sim, [["='Seg (2)'!B4", "=SUM('Seg (2)'!B2:B9)"]]);
    // B2:B9 holds 10, "n/a", 32, TRUE and blanks: 10 + 32 = 42 (SUM skips text and logical values in cells).
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[32, 42]]);
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Report").getRange("A1:B1");
      range.load("values,formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read).toEqual({ values: [[32, 42]], formulas: [["='Seg (2)'!B4", "=SUM('Seg (2)'!B2:B9)"]] });
  });

  test("a reference to an empty cell is 0; a changed cell changes the result", async () => {
    const sim = workbookWithSegments();
    await writeFormulas(sim, [["='Seg (2)'!B20", "=SUM('Seg (2)'!B2:B3)"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Seg (2)").getRange("B3").values = [[5]];
      await context.sync();
    });
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([[0, 15]]);
  });

  test("renaming the sheet rewrites the formula and keeps the value", async () => {
    const sim = workbookWithSegments();
    await writeFormulas(sim, [["='Seg (2)'!B2", "=SUM('Seg (2)'!B2:B9)"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Seg (2)").name = "Segments";
      await context.sync();
    });
    const report = sim.workbook.sheet("Report");
    expect(report.cell("A1")).toMatchObject({ formula: "=Segments!B2", value: 10 });
    expect(report.cell("B1")).toMatchObject({ formula: "=SUM(Segments!B2:B9)", value: 42 });
  });

  test("deleting the sheet turns both into #REF!, and a new sheet of the same name does not bring them back", async () => {
    const sim = workbookWithSegments();
    await writeFormulas(sim, [["='Seg (2)'!B2", "=SUM('Seg (2)'!B2:B9)"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Seg (2)").delete();
      context.workbook.worksheets.add("Seg (2)").getRange("B2").values = [[99]];
      await context.sync();
    });
    const report = sim.workbook.sheet("Report");
    expect(report.cell("A1")).toMatchObject({ formula: "=#REF!B2", value: "#REF!" });
    expect(report.cell("B1")).toMatchObject({ formula: "=SUM(#REF!B2:B9)", value: "#REF!" });
  });

  test("clearing the referenced cells and copying new ones into place keeps the reference", async () => {
    const sim = workbookWithSegments();
    sim.addSheet("Staging", {
      values: [
        ["Segment", "Members"],
        ["A", 7],
      ],
    });
    await writeFormulas(sim, [["='Seg (2)'!B2", ""]]);
    await sim.run(async (context) => {
      const target = context.workbook.worksheets.getItem("Seg (2)");
      target.getRange().clear();
      target.getRange("A1:B2").copyFrom(context.workbook.worksheets.getItem("Staging").getRange("A1:B2"));
      await context.sync();
    });
    expect(sim.workbook.sheet("Seg (2)").values()).toEqual([
      ["Segment", "Members"],
      ["A", 7],
    ]);
    expect(sim.workbook.sheet("Report").cell("A1")).toMatchObject({ formula: "='Seg (2)'!B2", value: 7 });
  });

  test("formulas the simulator does not calculate keep their text as value and formula", async () => {
    const sim = workbookWithSegments();
    await writeFormulas(sim, [["='Seg (2)'!B2*2", "=Nowhere!A1"]]);
    expect(sim.workbook.sheet("Report").values("A1:B1")).toEqual([["='Seg (2)'!B2*2", "=Nowhere!A1"]]);
  });
});

describe("defined names (workbook.names)", () => {
  test("a name for a Range reads =Sheet!$A$1, follows a rename and becomes #REF! when the sheet is deleted", async () => {
    const sim = workbookWithSegments();
    await sim.run(async (context) => {
      const name = context.workbook.names.add(
        "Result.One",
        context.workbook.worksheets.getItem("Seg (2)").getRange("A1"),
      );
      name.visible = false;
      await context.sync();
    });
    expect(sim.workbook.names).toEqual([{ name: "Result.One", formula: "='Seg (2)'!$A$1", visible: false }]);
    const read = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Seg (2)").name = "Segments";
      const names = context.workbook.names.load("items/name,items/formula,items/type");
      const range = context.workbook.names.getItem("Result.One").getRangeOrNullObject();
      range.load("address");
      await context.sync();
      return { formula: names.items[0]?.formula, type: names.items[0]?.type, address: range.address };
    });
    expect(read).toEqual({ formula: "=Segments!$A$1", type: "Range", address: "Segments!A1" });
    const gone = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Segments").delete();
      const name = context.workbook.names.getItem("Result.One");
      name.load("formula,type");
      const range = name.getRangeOrNullObject();
      await context.sync();
      return { formula: name.formula, type: name.type, isNull: range.isNullObject };
    });
    expect(gone).toEqual({ formula: "=#REF!$A$1", type: "Error", isNull: true });
  });

  test("names follow Excel's syntax rules and are unique without regard to case", async () => {
    const sim = workbookWithSegments();
    const add = (name: string) =>
      sim.run(async (context) => {
        context.workbook.names.add(name, "=Report!$A$1");
        await context.sync();
      });
    await add("_ok.name1");
    for (const bad of ["1st", "has space", "A1", "R1C1", "c"]) {
      await expect(add(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(add("_OK.NAME1")).rejects.toMatchObject({
      code: "ItemAlreadyExists",
      message: "A resource with the same name or identifier already exists.",
    });
  });
});
