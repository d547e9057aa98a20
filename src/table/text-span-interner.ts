import { finalisedHash, slotsGrown } from "./hash-slots";

const FNV_OFFSET = 0x811c9dc5;
/** Bound once: under tsx's CommonJS output an imported function is read through a getter at every call. */
const finalised = finalisedHash;
const FNV_PRIME = 0x01000193;

/**
 * Gives each distinct string a compact code (0, 1, 2, … in order of first sight), reading most of them as
 * spans of one text (a CSV's cells) so that a string is made once per distinct value, not once per cell:
 * a million order lines hold some 200,000 member ids and the same few hundred thousand order ids again and
 * again. Open addressing with linear probing on a 32-bit FNV-1a hash (murmur3's finaliser on top, as
 * TextRowIndex); equal hashes are confirmed character by character, so codes are exact.
 *
 * Cost: O(length) expected per call; 8 bytes per slot, at most 4 slots per distinct string.
 *
 * @example
 * const interner = new TextSpanInterner("M1,M2,M1", 4);
 * interner.codeOfSpan(0, 2) // 0
 * interner.codeOfSpan(3, 5) // 1
 * interner.codeOfSpan(6, 8) // 0
 * interner.codeOfString("M2") // 1
 * interner.dictionary // ["M1", "M2"]
 */
export class TextSpanInterner {
  /** The distinct strings, by code. */
  readonly dictionary: string[] = [];
  /** [hash, code + 1] per slot; code + 1 = 0 marks a free slot. */
  private slots: Int32Array;
  /** Per code: where the value was first met as a span of the text, or -1 (met as a string). */
  private spanStarts = new Int32Array(16);
  private spanLengths = new Int32Array(16);
  private lastStart = -1;
  private lastLength = 0;
  private lastCode = -1;

  constructor(
    private readonly text: string,
    expectedDistinct: number,
  ) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, expectedDistinct * 2)));
    this.slots = new Int32Array(capacity * 2);
  }

  /** The code of text[start, end), adding it when new. */
  codeOfSpan(start: number, end: number): number {
    const text = this.text;
    const length = end - start;
    // Exports list an order's lines together: the same value as the last span skips hashing and probing.
    const lastStart = this.lastStart;
    if (lastStart >= 0 && length === this.lastLength) {
      let same = true;
      for (let offset = 0; offset < length && same; offset++) {
        same = text.charCodeAt(lastStart + offset) === text.charCodeAt(start + offset);
      }
      if (same) return this.lastCode;
    }
    let hash = FNV_OFFSET;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
    hash = finalised(hash);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = (slots[2 * slot + 1] as number) - 1;
      if (code === -1) {
        const added = this.add(slot, hash, text.slice(start, end), start);
        return this.remember(start, length, added);
      }
      if (slots[2 * slot] !== hash) continue;
      // A value first met as a span is compared there, in the text already being read, rather than in its
      // string elsewhere on the heap.
      const knownStart = this.spanStarts[code] as number;
      if (knownStart < 0 || this.spanLengths[code] !== length) {
        if (knownStart < 0 && this.dictionary[code] === text.slice(start, end))
          return this.remember(start, length, code);
        continue;
      }
      let same = true;
      for (let offset = 0; offset < length && same; offset++) {
        same = text.charCodeAt(knownStart + offset) === text.charCodeAt(start + offset);
      }
      if (same) return this.remember(start, length, code);
    }
  }

  private remember(start: number, length: number, code: number): number {
    this.lastStart = start;
    this.lastLength = length;
    this.lastCode = code;
    return code;
  }

  /** The code of a string that is not a span of the text (a cell read by the general path). */
  codeOfString(value: string): number {
    let hash = FNV_OFFSET;
    for (let index = 0; index < value.length; index++)
      hash = Math.imul(hash ^ value.charCodeAt(index), FNV_PRIME);
    hash = finalised(hash);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = (slots[2 * slot + 1] as number) - 1;
      if (code === -1) return this.add(slot, hash, value, -1);
      if (slots[2 * slot] === hash && this.dictionary[code] === value) return code;
    }
  }

  private add(slot: number, hash: number, value: string, spanStart: number): number {
    const code = this.dictionary.length;
    this.dictionary.push(value);
    if (code === this.spanStarts.length) {
      const starts = new Int32Array(code * 2);
      starts.set(this.spanStarts);
      this.spanStarts = starts;
      const lengths = new Int32Array(code * 2);
      lengths.set(this.spanLengths);
      this.spanLengths = lengths;
    }
    this.spanStarts[code] = spanStart;
    this.spanLengths[code] = value.length;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = code + 1;
    if ((code + 1) * 2 > this.slots.length >> 1) this.grow();
    return code;
  }

  private grow(): void {
    this.slots = slotsGrown(this.slots);
  }
}
