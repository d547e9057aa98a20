import fc from "fast-check";
import {
  columnIndexOf,
  columnLetters,
  formatAddress,
  parseAddress,
  quoteSheetName,
} from "../../../taskpane/excel/a1-address";

describe("A1 addresses", () => {
  test("column letters are bijective base 26: A=0, Z=25, AA=26, AZ=51, BA=52, XFD=16383", () => {
    // Hand calculation: XFD = (24 × 26 + 6) × 26 + 4 = 16384, minus 1 for zero-based.
    expect([0, 25, 26, 51, 52, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "XFD"]);
    expect(columnIndexOf("xfd")).toBe(16383);
    expect(() => columnLetters(16384)).toThrow(expect.objectContaining({ code: "INVALID_ADDRESS" }));
    expect(() => columnIndexOf("XFE")).toThrow(expect.objectContaining({ code: "INVALID_ADDRESS" }));
  });

  test("letters and indices round-trip over the whole grid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16383 }),
        (index) => columnIndexOf(columnLetters(index)) === index,
      ),
    );
  });

  test("sheet names are quoted the way Excel writes them", () => {
    // Rules observed in jmcnamara/XlsxWriter issue 1078: word characters and dots stay bare; spaces,
    // punctuation, a leading digit, or a name that is a cell reference get quotes; inner ' is doubled.
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("分群")).toBe("分群");
    expect(quoteSheetName("Sheet.1")).toBe("Sheet.1");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("Segments (2)")).toBe("'Segments (2)'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  test("formatAddress writes single cells and blocks, sheet-qualified on request", () => {
    expect(formatAddress({ startRow: 1, startColumn: 1, rowCount: 1, columnCount: 1 })).toBe("B2");
    expect(formatAddress({ startRow: 0, startColumn: 0, rowCount: 3, columnCount: 3 }, "My Sheet")).toBe(
      "'My Sheet'!A1:C3",
    );
    expect(() => formatAddress({ startRow: 0, startColumn: 0, rowCount: 0, columnCount: 1 })).toThrow(
      expect.objectContaining({ code: "INVALID_ADDRESS" }),
    );
  });

  test("parseAddress reads cells, blocks, absolute references, whole columns and rows, quoted sheets", () => {
    expect(parseAddress("'It''s'!$B$2:C3")).toEqual({
      sheetName: "It's",
      rect: { startRow: 1, startColumn: 1, rowCount: 2, columnCount: 2 },
    });
    expect(parseAddress("C3:A1").rect).toEqual({ startRow: 0, startColumn: 0, rowCount: 3, columnCount: 3 });
    expect(parseAddress("Data!B:D").rect).toEqual({
      startRow: 0,
      startColumn: 1,
      rowCount: 1_048_576,
      columnCount: 3,
    });
    expect(parseAddress("2:5").rect).toEqual({
      startRow: 1,
      startColumn: 0,
      rowCount: 4,
      columnCount: 16_384,
    });
    for (const bad of [
      "",
      "A0",
      "A1:B2:C3",
      "R1C1",
      "A1:B",
      "'unclosed!A1",
      "Sheet1!A1048577",
      "$$7",
      "A$",
      "$A$",
    ]) {
      expect(() => parseAddress(bad)).toThrow(expect.objectContaining({ code: "INVALID_ADDRESS" }));
    }
  });

  test("format then parse gives the same block and sheet", () => {
    const block = fc.record({
      startRow: fc.integer({ min: 0, max: 1000 }),
      startColumn: fc.integer({ min: 0, max: 200 }),
      rowCount: fc.integer({ min: 1, max: 1000 }),
      columnCount: fc.integer({ min: 1, max: 200 }),
    });
    const name = fc.string({ minLength: 1, maxLength: 31 }).filter((text) => !/[:\\/?*[\]]/.test(text));
    fc.assert(
      fc.property(block, name, (rect, sheetName) => {
        expect(parseAddress(formatAddress(rect, sheetName))).toEqual({ sheetName, rect });
      }),
    );
  });
});
