/**
 * Characters gathered before a piece is written: 64 Ki UTF-16 units. The short strings of a piece live until it
 * is written; at 1 Mi (as cli/io/write-in-pieces.ts) they outlived the young generation and were promoted, and
 * writing cycle --json on a full sheet grew the old generation by 80 MB of such garbage (issue 14).
 */
const PIECE_CHARS = 1 << 16;

/**
 * Levels of arrays opened one by one; a value deeper down is stringified whole. Three reach the rows of every
 * --json document (`{members: [{…}, …]}`, `{result: {rows: [...]}}`), and a row is small.
 */
const OPENED_LEVELS = 3;
/**
 * Levels of plain objects opened key by key: two, so that a row object at the third level (a member of
 * `{members: [{…}]}`) is one native JSON.stringify rather than one per key (measured: rfm --json on 1M lines
 * wrote its 192,554 members in 0.63 s key by key, against 0.28 s as one string).
 */
const OPENED_OBJECT_LEVELS = 2;

/**
 * Writes `JSON.stringify(value)` — the same characters — as pieces of about a million characters, without
 * ever holding the whole document as one string. churn --json on a full sheet is a 69 MB document: built
 * whole (and then copied by the writer) it was the last 100 MB of the command's peak memory (issue 14's
 * 500 MB limit). Arrays and plain objects down to {@link OPENED_LEVELS} levels are opened here with
 * JSON.stringify's rules (a key whose value is undefined, a function or a symbol is left out; such an array
 * element is null); anything else — a number, a string, a Date or an object with toJSON, a deeper value —
 * goes through JSON.stringify itself.
 *
 * Cost: O(document length); memory: one piece plus the largest value stringified whole.
 *
 * @example writeJsonInPieces({ a: [1, undefined] }, (piece) => process.stdout.write(piece)) // writes {"a":[1,null]}
 */
export function writeJsonInPieces(value: unknown, write: (piece: string) => void): void {
  const pieces = new PieceBuffer(write);
  writeValue(value, 0, pieces);
  pieces.flush();
}

function writeValue(value: unknown, level: number, pieces: PieceBuffer): void {
  if (level < OPENED_LEVELS && Array.isArray(value)) {
    pieces.add("[");
    value.forEach((item: unknown, index) => {
      if (index > 0) pieces.add(",");
      if (isSkipped(item)) pieces.add("null");
      else writeValue(item, level + 1, pieces);
    });
    pieces.add("]");
    return;
  }
  if (level < OPENED_OBJECT_LEVELS && isPlainObject(value)) {
    pieces.add("{");
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (isSkipped(item)) continue;
      pieces.add(`${first ? "" : ","}${JSON.stringify(key)}:`);
      writeValue(item, level + 1, pieces);
      first = false;
    }
    pieces.add("}");
    return;
  }
  // Only undefined, a function or a symbol at the top has no JSON text; JSON.stringify then returns undefined.
  pieces.add(JSON.stringify(value) ?? "undefined");
}

/** Values JSON.stringify leaves out of an object and writes as null in an array. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** An object JSON.stringify writes key by key: a literal's prototype and no toJSON of its own. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** Collects short strings and writes them joined once they reach {@link PIECE_CHARS} characters. */
class PieceBuffer {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly write: (piece: string) => void) {}

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= PIECE_CHARS) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    this.write(this.parts.join(""));
    this.parts = [];
    this.length = 0;
  }
}
