import fc from "fast-check";
import { RowIndex } from "../../../src/table/row-index";

describe("RowIndex", () => {
  it("finds exactly the rows a Map of joined text finds, through growth (property)", () => {
    const cell = fc.oneof(
      fc.constantFrom("a", "b", "", " a"),
      fc.integer({ min: 0, max: 3 }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 60 }), (rows) => {
        // Expected sizes the table for 1 row so that it has to grow several times.
        const index = new RowIndex(rows, [0, 1], 1);
        const firstSeen = new Map<string, number>();
        rows.forEach((row, gridIndex) => {
          // The displayed text: strings trimmed, null as "", numbers as written.
          const key = row.map((value) => (value === null ? "" : String(value).trim())).join("\u001f");
          const expected = firstSeen.get(key) ?? -1;
          if (expected === -1) firstSeen.set(key, gridIndex);
          expect(index.addOrFind(gridIndex)).toBe(expected);
        });
      }),
    );
  });
});
