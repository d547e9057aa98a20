/** @jest-environment jsdom */
// The playground grid drawn in blocks of rows (issue 14): every row of the 300 shown is still in the DOM, in order,
// the cells read as before, and dragging over cells still selects them. Expected values are written out by hand.
import { fireEvent, render } from "@testing-library/react";
import { SheetGrid } from "../../playground/SheetGrid";
import { createSimulatedExcel } from "../../playground/simulator";

function gridOf(values: unknown[][], onSelect: (address: string) => void = () => undefined) {
  const excel = createSimulatedExcel({ mode: "desktop", sheetNames: [] });
  excel.addSheet("Report", { values, numberFormats: values.map((row) => row.map(() => "#,##0")) });
  return render(
    <SheetGrid sheet={excel.workbook.sheet("Report")} selection={undefined} onSelect={onSelect} />,
  );
}

describe("SheetGrid", () => {
  test("300 body rows numbered 1 … 300 in order, 26 cells each, under one header row A … Z", () => {
    const { container } = gridOf([["Rows", 400]]);
    const rows = [...container.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(300);
    expect(rows.map((row) => row.querySelector("th")?.textContent)).toEqual(
      Array.from({ length: 300 }, (_unused, index) => String(index + 1)),
    );
    expect(rows.every((row) => row.querySelectorAll("td").length === 26)).toBe(true);
    const letters = [...container.querySelectorAll("thead th")].map((cell) => cell.textContent);
    expect(letters).toEqual(["", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
  });

  test("rows come in 15 boxes of 20 (300 / 20), each skipped by the browser while out of view", () => {
    const { container } = gridOf([["Rows", 400]]);
    const blocks = [...container.querySelectorAll("tbody")].map((body) => body.closest("div"));
    expect(blocks).toHaveLength(15);
    expect(blocks.map((block) => block?.querySelectorAll("tr").length)).toEqual(Array(15).fill(20));
    for (const block of blocks) expect(block?.style.getPropertyValue("content-visibility")).toBe("auto");
  });

  test("the first row's cells as a test reads them: the label, then 400 under #,##0", () => {
    const { container } = gridOf([["Rows", 400]]);
    const first = container.querySelector("tbody tr");
    expect(first?.querySelectorAll("td")[0]?.textContent).toBe("Rows");
    expect(first?.querySelectorAll("td")[1]?.textContent).toBe("400");
  });

  test("a drag from B2 down to C21 crosses two blocks and selects 'Report'!B2:C21", () => {
    const selected: string[] = [];
    const { container } = gridOf([["Rows", 400]], (address) => selected.push(address));
    const rows = [...container.querySelectorAll("tbody tr")];
    const b2 = rows[1]?.querySelectorAll("td")[1];
    const c21 = rows[20]?.querySelectorAll("td")[2];
    if (b2 === undefined || c21 === undefined) throw new Error("cells B2 and C21 are drawn");
    fireEvent.mouseDown(b2);
    fireEvent.mouseUp(c21);
    expect(selected).toEqual(["Report!B2:C21"]);
  });
});
