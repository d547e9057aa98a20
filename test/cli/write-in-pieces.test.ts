import { writeInPieces } from "../../cli/io/write-in-pieces";

describe("writeInPieces", () => {
  it("writes a short text as one piece", () => {
    const pieces: string[] = [];
    writeInPieces("abc", (piece) => pieces.push(piece));
    expect(pieces).toEqual(["abc"]);
  });

  it("cuts a long text into pieces of 2^20 characters that join back to it", () => {
    const text = "x".repeat(2 ** 20 * 2 + 5);
    const pieces: string[] = [];
    writeInPieces(text, (piece) => pieces.push(piece));
    expect(pieces.map((piece) => piece.length)).toEqual([2 ** 20, 2 ** 20, 5]);
    expect(pieces.join("")).toBe(text);
  });

  it("never splits a surrogate pair: 😀 straddling the cut goes whole into the next piece", () => {
    // "😀" is the pair \ud83d\ude00; placed at 2^20 − 1 its low half would be the first unit of piece two.
    const text = `${"x".repeat(2 ** 20 - 1)}😀y`;
    const pieces: string[] = [];
    writeInPieces(text, (piece) => pieces.push(piece));
    expect(pieces.map((piece) => piece.length)).toEqual([2 ** 20 - 1, 3]);
    expect(pieces[1]).toBe("😀y");
    expect(pieces.every((piece) => Buffer.from(piece, "utf8").toString("utf8") === piece)).toBe(true);
  });

  it("writes nothing for an empty text", () => {
    const pieces: string[] = [];
    writeInPieces("", (piece) => pieces.push(piece));
    expect(pieces).toEqual([]);
  });
});
