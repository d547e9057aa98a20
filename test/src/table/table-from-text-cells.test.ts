import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { tableFromTextCells } from "../../../src/table/table-from-text-cells";
import { textCodesOf } from "../../../src/table/text-codes";
import type { Column, ColumnType, Table, TableOptions } from "../../../src/table/types";
import { fixtureGrid } from "./fixture-grid";
import { textCellsOfRows } from "./text-cells-of-rows";

// tableFromTextCells must give what tableFromGrid gives for the same cells: tableFromGrid is the reference
// (its own tests check it against hand-worked values), so every expectation here is tableFromGrid's answer.
type Outcome = { readonly table: Table } | { readonly code: string; readonly message: string };

function outcome(build: () => Table): Outcome {
  try {
    return { table: build() };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { code: code ?? "not a CoreError", message };
  }
}

function expectSameTable(rows: readonly (readonly string[])[], options: TableOptions = {}): Outcome {
  const expected = outcome(() => tableFromGrid({ values: rows }, options));
  const actual = outcome(() => tableFromTextCells(textCellsOfRows(rows), options));
  expect(actual).toEqual(expected);
  if ("table" in actual) actual.table.columns.forEach(expectCodesDescribeValues);
  return expected;
}

/** A text column's codes (when the reader made them) name each row's value, and each value once. */
function expectCodesDescribeValues(column: Column): void {
  const codes = textCodesOf(column);
  if (column.type !== "text" || codes === undefined) return;
  const decoded = Array.from(codes.codes, (code) => (code === -1 ? null : codes.dictionary[code]));
  expect(decoded).toEqual(column.values);
  expect(new Set(codes.dictionary).size).toBe(codes.dictionary.length);
}

const fixtureNames = readdirSync(path.join(__dirname, "../../fixtures/intake")).filter((name) =>
  /\.(csv|tsv)$/.test(name),
);
const rowsOf = (name: string) => fixtureGrid(name).values as string[][];

describe("tableFromTextCells equals tableFromGrid on the intake fixtures", () => {
  it.each(fixtureNames)("%s: table, quality report and errors, with default and forced options", (name) => {
    const rows = rowsOf(name);
    const reference = expectSameTable(rows);
    expectSameTable(rows, { header: true });
    expectSameTable(rows, { header: false });
    // 2021-01-05 (Python: date(2021, 1, 5) - date(1899, 12, 30) = 44201) puts later dates in the future.
    expectSameTable(rows, { todaySerial: 44201 });
    expectSameTable(rows, { todaySerial: 44201.75 });
    expectSameTable(rows, { todaySerial: Number.NaN });
    if (!("table" in reference)) return;
    const names = reference.table.columns.map((column) => column.name);
    expectSameTable(rows, { roles: { memberId: names[names.length - 1] as string } });
    expectSameTable(rows, { roles: { orderDate: "no such column" } });
    for (const name of names) {
      for (const type of ["number", "date", "text", "boolean"] as ColumnType[]) {
        expectSameTable(rows, { types: { [name]: type } });
      }
    }
  });

  it("covers every quality rule and error among them (so the comparisons above are not vacuous)", () => {
    const rules = new Set<string>();
    const codes = new Set<string>();
    for (const name of fixtureNames) {
      const found = outcome(() => tableFromGrid({ values: rowsOf(name) }, { todaySerial: 44201 }));
      if ("table" in found) found.table.quality.forEach((issue) => rules.add(issue.rule));
      else codes.add(found.code);
    }
    expect([...rules].sort()).toEqual(
      [
        "blankKey",
        "blankValue",
        "dayOrderAssumed",
        "duplicateLine",
        "emptyRow",
        "errorValue",
        "futureDate",
        "negativeAmount",
        "raggedRow",
        "unparseableBoolean",
        "unparseableDate",
        "unparseableNumber",
      ].sort(),
    );
    expect([...codes]).toEqual(["NO_DATA_ROWS"]);
  });
});

describe("tableFromTextCells on hand-made cells", () => {
  it("reads the documented example", () => {
    const text = "Customer ID,Sales\nC1,1200\nC2,80";
    const table = tableFromTextCells({
      text,
      rowFirstCell: Int32Array.of(0, 2, 4, 6),
      cellStart: Int32Array.of(0, 12, 18, 21, 26, 29),
      cellEnd: Int32Array.of(11, 17, 20, 25, 28, 31),
    });
    expect(table.columns.map((column) => [column.name, column.role, column.type])).toEqual([
      ["Customer ID", "memberId", "text"],
      ["Sales", "amount", "number"],
    ]);
    expect(table.columns[1]?.values).toEqual([1200, 80]);
  });

  it("gives tableFromGrid's errors for empty and header-only input", () => {
    expect(expectSameTable([])).toMatchObject({ code: "EMPTY_GRID" });
    expect(expectSameTable([[" ", ""], [""]])).toMatchObject({ code: "EMPTY_GRID" });
    expect(
      expectSameTable([
        ["Customer ID", "Sales"],
        ["", " "],
      ]),
    ).toMatchObject({ code: "NO_DATA_ROWS" });
  });

  it("refuses offsets that do not describe cells of the text", () => {
    const code = (cells: Parameters<typeof tableFromTextCells>[0]) =>
      outcome(() => tableFromTextCells(cells));
    const base = { text: "ab", rowFirstCell: Int32Array.of(0, 1), cellStart: Int32Array.of(0) };
    expect(code({ ...base, cellEnd: Int32Array.of(3) })).toMatchObject({ code: "INVALID_GRID" });
    expect(code({ ...base, cellEnd: Int32Array.of(2), rowFirstCell: Int32Array.of(0, 2) })).toMatchObject({
      code: "INVALID_GRID",
    });
    expect(code({ ...base, cellEnd: Int32Array.of(1, 2) })).toMatchObject({ code: "INVALID_GRID" });
  });
});

describe("tableFromTextCells equals tableFromGrid on generated tables (property)", () => {
  // Cells near the edges of the offset readers: clean and unclean dates and numbers, signs, spaces, errors.
  const cell = fc.constantFrom(
    "2021-01-05",
    "2021/01/06",
    "2021.01.07",
    "2021-02-30",
    "2031-01-05",
    "2021-1-5",
    " 2021-01-05",
    "2021-01-05 10:00",
    "1/5/2021",
    "25/12/2021",
    "20210105",
    "12",
    "007.50",
    "0.1",
    "1234567890123456.5",
    "5.",
    ".5",
    "-5",
    "-0",
    "-0.00",
    "-007.50",
    "-0.47761770001250964",
    "-1234567890123456.5",
    "- 5",
    "--5",
    "1,200",
    " 7 ",
    "\u00a07",
    "",
    "  ",
    "#N/A",
    "#x",
    "TRUE",
    "false",
    "M1",
    "M1 ",
    "O1",
    "x",
  );
  const header = fc.constantFrom(
    "Customer ID",
    "Order ID",
    "Order Date",
    "Sales",
    "Quantity",
    "Note",
    "Score",
    "",
    "Sales",
  );
  const row = (minLength: number) => fc.array(cell, { minLength, maxLength: 4 });
  const rows = fc.tuple(
    fc.array(header, { minLength: 1, maxLength: 4 }),
    fc.array(row(0), { maxLength: 12 }),
  );
  const options = fc.record(
    {
      header: fc.constantFrom<"auto" | boolean>("auto", true, false),
      todaySerial: fc.constantFrom(44201, 44202.5, 47000),
    },
    { requiredKeys: [] },
  );

  it("with a header row", () => {
    fc.assert(
      fc.property(rows, options, ([head, body], chosen) => {
        expectSameTable([head, ...body], chosen);
      }),
      { numRuns: 400 },
    );
  });

  it("without a header row, blank rows around, and ragged rows", () => {
    fc.assert(
      fc.property(fc.array(row(1), { minLength: 1, maxLength: 14 }), options, (body, chosen) => {
        expectSameTable([[""], ...body, ["", ""]], chosen);
      }),
      { numRuns: 400 },
    );
  });
});
