import fc from "fast-check";
import {
  AddressSyntaxError,
  addressOf,
  columnName,
  columnNumber,
  readAddress,
} from "../../../playground/simulator/address";
import {
  columnIndexOf,
  columnLetters,
  formatAddress,
  parseAddress,
} from "../../../taskpane/excel/a1-address";

/*
 * The simulator has its own A1 parser so that it can catch the port's parser's bugs (issue 9). The literal
 * expectations come from Excel's grid: columns A..XFD (16,384), rows 1..1,048,576 ("Excel specifications and
 * limits"); "$" marks are ignored for the block; "A:C" is whole columns, "2:5" whole rows.
 */
describe("the simulator's A1 addresses", () => {
  it("reads and writes the grid's corners and the documented forms", () => {
    expect(columnName(0)).toBe("A");
    expect(columnName(25)).toBe("Z");
    expect(columnName(26)).toBe("AA");
    expect(columnName(701)).toBe("ZZ");
    expect(columnName(702)).toBe("AAA");
    expect(columnName(16383)).toBe("XFD");
    expect(columnNumber("xfd")).toBe(16383);
    expect(readAddress("$B$2:C3").rect).toEqual({ startRow: 1, startColumn: 1, rowCount: 2, columnCount: 2 });
    expect(readAddress("A:C").rect).toEqual({
      startRow: 0,
      startColumn: 0,
      rowCount: 1_048_576,
      columnCount: 3,
    });
    expect(readAddress("2:5").rect).toEqual({
      startRow: 1,
      startColumn: 0,
      rowCount: 4,
      columnCount: 16_384,
    });
    expect(readAddress("C3:A1").rect).toEqual({ startRow: 0, startColumn: 0, rowCount: 3, columnCount: 3 });
    expect(readAddress("'It''s'!B2")).toEqual({
      sheetName: "It's",
      rect: { startRow: 1, startColumn: 1, rowCount: 1, columnCount: 1 },
    });
    expect(addressOf({ startRow: 0, startColumn: 0, rowCount: 3, columnCount: 3 }, "My Sheet")).toBe(
      "'My Sheet'!A1:C3",
    );
    expect(addressOf({ startRow: 4, startColumn: 1, rowCount: 1, columnCount: 1 }, "會員")).toBe("會員!B5");
    expect(addressOf({ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }, "R2C3")).toBe("'R2C3'!A1");
    expect(addressOf({ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }, "AB12")).toBe("'AB12'!A1");
  });

  it.each([
    "",
    "A0",
    "XFE1",
    "A1048577",
    "A1:B2:C3",
    "A:1",
    "1:A",
    "R1C1",
    "Sales",
    "!A1",
    "''!A1",
    "A1,B2",
    "$$7",
    "A$",
    "$:$",
  ])("refuses %p", (text) => {
    expect(() => readAddress(text)).toThrow(AddressSyntaxError);
  });
});

describe("the simulator's addresses against the port's (taskpane/excel/a1-address)", () => {
  const column = fc.integer({ min: 0, max: 16_383 });
  const row = fc.integer({ min: 0, max: 1_048_575 });
  const sheetName = fc.oneof(
    fc.constantFrom(
      "Sheet1",
      "Segments (2)",
      "It's",
      "會員分群",
      "R1C1",
      "A1",
      "_x",
      "1st",
      ".dot",
      "Ümlaut",
    ),
    fc.string({ minLength: 1, maxLength: 8 }).filter((name) => !/[\\/?*[\]:!]/.test(name)),
  );

  it("agree on column letters both ways", () => {
    fc.assert(
      fc.property(column, (index) => {
        expect(columnName(index)).toBe(columnLetters(index));
        expect(columnNumber(columnName(index))).toBe(columnIndexOf(columnLetters(index)));
      }),
    );
  });

  it("agree on formatting any block, with or without a sheet", () => {
    fc.assert(
      fc.property(
        row,
        column,
        row,
        column,
        fc.option(sheetName, { nil: undefined }),
        (r1, c1, r2, c2, sheet) => {
          const rect = {
            startRow: Math.min(r1, r2),
            startColumn: Math.min(c1, c2),
            rowCount: Math.abs(r1 - r2) + 1,
            columnCount: Math.abs(c1 - c2) + 1,
          };
          expect(addressOf(rect, sheet)).toBe(formatAddress(rect, sheet));
        },
      ),
    );
  });

  it("agree on reading what either writes, and on refusing text that is not an address", () => {
    const text = fc.oneof(
      fc
        .tuple(row, column, fc.option(sheetName, { nil: undefined }))
        .map(([r, c, sheet]) =>
          formatAddress({ startRow: r, startColumn: c, rowCount: 1, columnCount: 1 }, sheet),
        ),
      fc.stringMatching(/^\$?[A-Za-z]{0,4}\$?\d{0,8}(:\$?[A-Za-z]{0,4}\$?\d{0,8})?$/),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (address) => {
        const port = attempt(() => parseAddress(address));
        const simulator = attempt(() => readAddress(address));
        expect(simulator).toEqual(port);
      }),
      { numRuns: 2000 },
    );
  });
});

function attempt<T>(read: () => T): T | "refused" {
  try {
    return read();
  } catch {
    return "refused";
  }
}
