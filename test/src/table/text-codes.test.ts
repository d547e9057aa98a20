import { tableFromTextCells } from "../../../src/table/table-from-text-cells";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { rememberTextCodes, textCodesOf } from "../../../src/table/text-codes";
import { textCellsOfRows } from "./text-cells-of-rows";

describe("textCodesOf", () => {
  const rows = [
    ["Member", "Order", "Amount"],
    ["M1", "O1", "5"],
    [" M2", "O1", "6"],
    ["M1", "", "7"],
    ["M2", "O2", "8"],
  ];

  it("holds the CSV reader's codes of each text column: trimmed values, blanks -1", () => {
    const table = tableFromTextCells(textCellsOfRows(rows));
    const [member, order, amount] = table.columns;
    const memberCodes = textCodesOf(member!);
    // " M2" is read by the general path (trimmed) and shares "M2"'s code with row 5.
    expect(memberCodes?.dictionary).toEqual(["M1", "M2"]);
    expect([...(memberCodes?.codes ?? [])]).toEqual([0, 1, 0, 1]);
    expect([...(textCodesOf(order!)?.codes ?? [])]).toEqual([0, 0, -1, 1]);
    expect(textCodesOf(amount!)).toBeUndefined(); // a number column has none
  });

  it("has none for a table built from a grid, or for a column with other values", () => {
    expect(textCodesOf(tableFromGrid({ values: rows }).columns[0]!)).toBeUndefined();
    const column = tableFromTextCells(textCellsOfRows(rows)).columns[0]!;
    expect(textCodesOf({ ...column, values: [...column.values] } as typeof column)).toBeUndefined();
  });

  it("returns what was remembered for those very values", () => {
    const values = ["a", null];
    rememberTextCodes(values, { codes: Int32Array.of(0, -1), dictionary: ["a"] });
    const column = { name: "x", header: "x", sourceIndex: 0, role: null, type: "text", values } as const;
    expect(textCodesOf(column)?.dictionary).toEqual(["a"]);
  });
});
