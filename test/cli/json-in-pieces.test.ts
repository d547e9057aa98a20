import { writeJsonInPieces } from "../../cli/json-in-pieces";

/** The pieces written for a value. */
function piecesOf(value: unknown): string[] {
  const pieces: string[] = [];
  writeJsonInPieces(value, (piece) => pieces.push(piece));
  return pieces;
}

describe("writeJsonInPieces", () => {
  // The expected text of every case is V8's own JSON.stringify of the same value.
  it.each([
    ["a number", 1.5],
    ["a string with quotes and a newline", 'a"b\nc'],
    ["null", null],
    ["an empty object and array", { a: {}, b: [] }],
    [
      "undefined, a function and a symbol: left out of objects, null in arrays",
      { a: undefined, b: () => 1, c: Symbol("s"), d: [undefined, () => 1, Symbol("t"), 2] },
    ],
    [
      "a Date (toJSON) and an object with its own toJSON",
      { when: new Date(Date.UTC(2024, 0, 31)), own: { toJSON: () => "x" } },
    ],
    ["NaN and Infinity, written as null", { values: [Number.NaN, Infinity, -0] }],
    [
      "a typed array and a Map (not plain: as JSON.stringify writes them)",
      { typed: Float64Array.of(1, 2), map: new Map([[1, 2]]) },
    ],
    ["rows nested deeper than the opened levels", { a: { b: { c: { d: [{ e: [1, { f: "g" }] }] } } } }],
    ["keys that need escaping", { 'k"ey\u2028': 1, "": 2, 10: 3 }],
    [
      "an object without a prototype",
      Object.assign(Object.create(null) as object, { z: 1, a: [true, false] }),
    ],
  ])("writes %s as JSON.stringify does", (_, value) => {
    expect(piecesOf(value).join("")).toBe(JSON.stringify(value));
  });

  it("writes a document of over 3 Mi characters in pieces of at least 2^20 characters but the last", () => {
    const members = Array.from({ length: 70_000 }, (_, index) => ({
      memberId: `M${index}`,
      amount: index / 7,
    }));
    const document = { members, skippedRows: 0 };
    const pieces = piecesOf(document);
    const text = JSON.stringify(document);
    expect(pieces.join("")).toBe(text);
    expect(text.length).toBeGreaterThan(3 * 2 ** 16);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 2 ** 16)).toBe(true);
    // A piece is at most 2^20 characters plus the last short string added to it (one member here).
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 ** 16 + 100);
  });

  it("writes nothing but the text of a small document in one piece", () => {
    expect(piecesOf({ a: 1 })).toEqual(['{"a":1}']);
  });
});
