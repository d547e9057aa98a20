import { displayCell, EXCEL_ERROR_VALUES, excelErrorOf, isBlankCell } from "../../../src/table/cell-value";

describe("cell values", () => {
  it("recognises every Excel error text and exceljs error objects", () => {
    for (const error of [
      "#N/A",
      "#VALUE!",
      "#REF!",
      "#DIV/0!",
      "#NUM!",
      "#NAME?",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ]) {
      expect(EXCEL_ERROR_VALUES).toContain(error);
      expect(excelErrorOf(error)).toBe(error);
    }
    expect(excelErrorOf({ error: "#N/A" })).toBe("#N/A");
    expect(excelErrorOf({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" })).toBe("#DIV/0!");
    expect(excelErrorOf("#n/a ")).toBe("#N/A");
    expect(excelErrorOf("#hashtag")).toBeNull();
    expect(excelErrorOf(0)).toBeNull();
  });

  it("treats null, undefined and whitespace as blank, not 0 or FALSE", () => {
    expect([null, undefined, "", "  "].map(isBlankCell)).toEqual([true, true, true, true]);
    expect([0, false, "0"].map(isBlankCell)).toEqual([false, false, false]);
  });

  it("shows cells as the user reads them", () => {
    expect(displayCell(" a ")).toBe("a");
    expect(displayCell(1.5)).toBe("1.5");
    expect(displayCell(true)).toBe("TRUE");
    expect(displayCell(new Date(Date.UTC(2021, 0, 5)))).toBe("2021-01-05");
    expect(displayCell(null)).toBe("");
  });
});
