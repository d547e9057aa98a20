import fc from "fast-check";
import { numberStyleOfCells } from "../../../src/table/number-style";
import { TextCellReader } from "../../../src/table/text-cell-reader";
import { numberStyleOfTextColumn } from "../../../src/table/text-number-style";
import { textCellsOfRows } from "./text-cells-of-rows";

// numberStyleOfCells over strings is the reference (its own tests check it against hand-read styles): the
// offset reader must make the same choice for the same cells.
function styles(column: readonly string[], delimiter?: string, forced?: "dot" | "comma") {
  const reader = new TextCellReader(textCellsOfRows(column.map((cell) => [cell])));
  const rows = column.map((_, row) => row);
  return {
    offsets: numberStyleOfTextColumn(reader, rows, 0, { delimiter, forced }),
    strings: numberStyleOfCells(column, { delimiter, forced }),
  };
}

describe("numberStyleOfTextColumn", () => {
  it("reads the documented cases as numberStyleOfCells", () => {
    // "205.92" reads only with a dot; "1.234" both ways (1.234 or 1234) and decides nothing.
    expect(styles(["205.92", "1.234"]).offsets).toEqual({ reading: "dot", assumed: false });
    expect(styles(["1.234"]).offsets).toEqual({ reading: "dot", assumed: true });
    expect(styles(["1.234"], ";").offsets).toEqual({ reading: "comma", assumed: false });
    expect(styles(["-0.47761770001250964", "1.234,5"]).offsets).toEqual({ reading: "mixed", assumed: false });
    expect(styles(["12"], ";", "dot").offsets).toEqual({ reading: "dot", assumed: false });
  });

  it("makes numberStyleOfCells' choice on random columns (property)", () => {
    const cell = fc.constantFrom(
      "205.92",
      "-0.4776177000125",
      "1.234",
      "0.000",
      "-1.234",
      "1234.500",
      "12.5",
      "12.50",
      "007.5",
      "5.",
      ".5",
      "-.5",
      "+1.5",
      "1.5e3",
      "-1,234.5",
      "1.234,5",
      "10,25",
      "1,234",
      "1,234,567",
      "12,5",
      "1 234,5",
      "$1.50",
      "１２．５",
      "12",
      "-7",
      "",
      " ",
      "x.y",
      "1.2.3",
    );
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 8 }),
        fc.constantFrom(",", ";", "\t", undefined),
        fc.constantFrom<"dot" | "comma" | undefined>(undefined, undefined, "dot", "comma"),
        (column, delimiter, forced) => {
          const { offsets, strings } = styles(column, delimiter, forced);
          expect(offsets).toEqual(strings);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
