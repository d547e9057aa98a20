import { gridRowBlocks } from "../../playground/grid-row-blocks";

describe("gridRowBlocks", () => {
  test("300 rows in blocks of 20: 15 full blocks (300 / 20 = 15, no remainder)", () => {
    const blocks = gridRowBlocks(300, 20);
    expect(blocks).toHaveLength(15);
    expect(blocks[0]).toEqual({ startRow: 0, rowCount: 20 });
    expect(blocks[14]).toEqual({ startRow: 280, rowCount: 20 });
  });

  test("a shorter last block when the count does not divide: 5 rows by 2 are 2 + 2 + 1", () => {
    expect(gridRowBlocks(5, 2)).toEqual([
      { startRow: 0, rowCount: 2 },
      { startRow: 2, rowCount: 2 },
      { startRow: 4, rowCount: 1 },
    ]);
  });

  test("no rows, no blocks", () => {
    expect(gridRowBlocks(0, 20)).toEqual([]);
  });

  test("the blocks cover every row once, in order (47 rows by 10: 10 + 10 + 10 + 10 + 7)", () => {
    const rows = gridRowBlocks(47, 10).flatMap((block) =>
      Array.from({ length: block.rowCount }, (_unused, offset) => block.startRow + offset),
    );
    expect(rows).toEqual(Array.from({ length: 47 }, (_unused, row) => row));
  });
});
