import fc from "fast-check";
import { TextCellReader } from "../../../src/table/text-cell-reader";
import { TextRowIndex } from "../../../src/table/text-row-index";
import { textCellsOfRows } from "./text-cells-of-rows";

describe("TextRowIndex", () => {
  it("finds exactly the rows a Map of joined trimmed text finds, through growth and ragged rows (property)", () => {
    const cell = fc.constantFrom("a", "b", "ab", "", " a", "a ", "\u00a0a", "\u3000");
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 60 }), (rows) => {
        const reader = new TextCellReader(textCellsOfRows(rows));
        // Expected sizes the table for 1 row so that it has to grow several times.
        const index = new TextRowIndex(reader, [0, 1], 1);
        const firstSeen = new Map<string, number>();
        rows.forEach((row, rowIndex) => {
          // The displayed text of columns 0 and 1: trimmed, "" past the end of a short row.
          const key = [0, 1].map((column) => (row[column] ?? "").trim()).join("\u001f");
          const expected = firstSeen.get(key) ?? -1;
          if (expected === -1) firstSeen.set(key, rowIndex);
          expect(index.addOrFind(rowIndex)).toBe(expected);
        });
      }),
    );
  });
});
