import { CompactIndex, idKeyOf, isBlankIdCell } from "../../../src/rfm/member-index";

describe("isBlankIdCell", () => {
  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["   ", true],
    ["\u00a0\t", true],
    [0, true],
    ["0", true],
    [" 0 ", true],
    [Number.NaN, true],
    [Infinity, true],
    [true, true],
    ["A", false],
    ["\u00a0A", false],
    [7, false],
    ["00", false],
  ])("%j → %s", (cell, blank) => {
    expect(isBlankIdCell(cell as string)).toBe(blank);
  });
});

describe("CompactIndex", () => {
  it("numbers ids in first-seen order, merging 123 / '123' / ' 123 ' and trimming any Unicode space", () => {
    const index = new CompactIndex();
    const ids = [123, "A", "123", " 123 ", "\u3000A", "00123", "A\u00a0", "B"].map((cell) =>
      index.idOf(cell),
    );
    expect(ids).toEqual([0, 1, 0, 0, 1, 2, 1, 3]);
    expect(index.firstCells).toEqual([123, "A", "00123", "B"]);
    expect(index.idOf("")).toBe(-1);
  });

  it("gives order keys the same equivalence", () => {
    expect([idKeyOf(5), idKeyOf("5"), idKeyOf(" 5 "), idKeyOf("05"), idKeyOf(" O-1 ")]).toEqual([
      5,
      5,
      5,
      "05",
      "O-1",
    ]);
  });
});
