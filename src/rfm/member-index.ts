import type { MemberIdCell } from "./member-rfm";

/**
 * Compact integer ids for member (or order) cells: the first new cell gets 0, the next 1, and so on.
 *
 * Numbers and canonical numeric text share one key space, so 123 and "123" are one member while "00123" stays
 * distinct (Excel turns some ids into numbers and leaves others as text in the same column). Text is trimmed.
 * Blank cells — null, undefined, "", whitespace, NaN, and 0 or "0" (Excel desktop's empty cell) — get no id.
 * One Map entry per distinct id; numeric ids avoid building a string.
 */
export class CompactIndex {
  private readonly byNumber = new Map<number, number>();
  private readonly byText = new Map<string, number>();
  /** First-seen cell of each id. */
  readonly firstCells: (string | number)[] = [];
  // Exports often list a member's lines together: the same cell as last time skips the normalising and hashing.
  private lastCell: MemberIdCell = undefined;
  private lastId = -1;

  /** The id of a cell, assigning the next one to a new cell; -1 for a blank cell (internal only). */
  idOf(cell: MemberIdCell): number {
    if (cell === this.lastCell && this.lastId >= 0) return this.lastId;
    const id = this.lookUp(cell);
    this.lastCell = cell;
    this.lastId = id;
    return id;
  }

  get size(): number {
    return this.firstCells.length;
  }

  private lookUp(cell: MemberIdCell): number {
    if (isBlankIdCell(cell)) return -1;
    if (typeof cell === "number") return this.idOfNumber(cell, cell);
    const text = needsTrim(cell as string) ? (cell as string).trim() : (cell as string);
    const asNumber = Number(text);
    if (String(asNumber) === text) return this.idOfNumber(asNumber, text);
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.firstCells.length;
      this.byText.set(text, id);
      this.firstCells.push(text);
    }
    return id;
  }

  private idOfNumber(value: number, cell: string | number): number {
    let id = this.byNumber.get(value);
    if (id === undefined) {
      id = this.firstCells.length;
      this.byNumber.set(value, id);
      this.firstCells.push(cell);
    }
    return id;
  }
}

/** True for a cell that names no member/order: null, undefined, non-text, "", whitespace, NaN, ±Infinity, 0 or "0". */
export function isBlankIdCell(cell: MemberIdCell): boolean {
  if (typeof cell === "number") return !Number.isFinite(cell) || cell === 0;
  if (typeof cell !== "string") return true;
  if (!needsTrim(cell)) return cell === "" || cell === "0";
  const text = cell.trim();
  return text === "" || text === "0";
}

/**
 * False when the text certainly has no leading or trailing whitespace: both ends are above U+0020, not U+00A0
 * and below U+1680 (the first of the other Unicode spaces `trim` removes). Skips `trim` on almost every id,
 * which profiling at 1M lines showed to be a tenth of the aggregation time.
 */
function needsTrim(text: string): boolean {
  if (text.length === 0) return false;
  return !(isPlainEdge(text.charCodeAt(0)) && isPlainEdge(text.charCodeAt(text.length - 1)));
}

function isPlainEdge(code: number): boolean {
  return code > 32 && code !== 160 && code < 0x1680;
}

/**
 * The comparison key of a non-blank id cell: numbers and canonical numeric text become the number, other text is
 * trimmed (the same equivalence as {@link CompactIndex}).
 */
export function idKeyOf(cell: string | number): string | number {
  if (typeof cell === "number") return cell;
  const text = needsTrim(cell) ? cell.trim() : cell;
  const asNumber = Number(text);
  return String(asNumber) === text ? asNumber : text;
}
