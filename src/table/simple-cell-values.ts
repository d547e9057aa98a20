import { excelSerialFromParts } from "./excel-serial";
import type { TextCellReader } from "./text-cell-reader";

/** 10^k for k = 0..15, all exact in binary64. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);
/** Digits whose value is below 2^53, so the digits are an exact integer. */
const MAX_EXACT_DIGITS = 15;
const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DOT = 46;
const CHAR_HASH = 35;
const CHAR_MINUS = 45;
/** Days of 1900..2155 get a slot in a typed array (month × 31 + day, 372 a year); other years use a Map. */
const FIRST_CACHED_YEAR = 1900;
const CACHED_YEARS = 256;
const UNKNOWN_DAY = -2;
const NOT_A_DATE = -1;

/**
 * Reads the commonest clean cells of a TextCells on their offsets, with exactly the value the general
 * parsers give (parseNumberText, parseDateText, displayCell), and says "not mine" (null/false) for every
 * other cell, which the caller then hands to those parsers. Dates are remembered per day: an order export
 * repeats a few hundred days over a million lines.
 */
export class SimpleCellValues {
  private readonly text: string;
  /** Serial per day slot: UNKNOWN_DAY until computed, NOT_A_DATE for a day that does not exist. */
  private readonly serialBySlot = new Float64Array(CACHED_YEARS * 372).fill(UNKNOWN_DAY);
  private readonly serialByDay = new Map<number, number | null>();
  /** Digits before the dot of the last decimal number() accepted (its sign not counted). */
  integerDigits = 0;
  /** Digits after the dot of that decimal, -1 when it has no dot. */
  fractionDigits = -1;

  constructor(private readonly reader: TextCellReader) {
    this.text = reader.text;
  }

  /**
   * The number in text[start, end) when it is a plain unsigned decimal ("205.92", "7", "007.50"), else null.
   * For such text parseNumberText returns Number(text); up to 15 digits the digits form an exact integer m
   * and m / 10^k is one correctly rounded division (Clinger's fast path), the same double as the correctly
   * rounded decimal; longer text goes to Number itself. Cost: O(length), no string made.
   *
   * @example
   * import { TextCellReader } from "./text-cell-reader";
   * const values = new SimpleCellValues(new TextCellReader({ text: "205.92,-5", rowFirstCell: Int32Array.of(0, 2),
   *   cellStart: Int32Array.of(0, 7), cellEnd: Int32Array.of(6, 9) }));
   * values.number(0, 6) // 205.92
   * values.number(7, 9) // null (a sign takes the general path)
   */
  number(start: number, end: number): number | null {
    const text = this.text;
    let digits = 0;
    let fractionDigits = -1;
    let mantissa = 0;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code >= CHAR_0 && code <= CHAR_9) {
        mantissa = mantissa * 10 + (code - CHAR_0);
        digits++;
        if (fractionDigits >= 0) fractionDigits++;
      } else if (code === CHAR_DOT && fractionDigits === -1 && digits > 0) {
        fractionDigits = 0;
      } else {
        return null;
      }
    }
    if (digits === 0 || fractionDigits === 0) return null;
    this.integerDigits = fractionDigits < 0 ? digits : digits - fractionDigits;
    this.fractionDigits = fractionDigits;
    if (digits > MAX_EXACT_DIGITS) return Number(text.slice(start, end));
    return fractionDigits <= 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
  }

  /**
   * number() with an optional leading "-": "-205.92" is -205.92, as parseNumberText reads it (negation is
   * exact). A minus before zero ("-0", "-0.00") is left to the general path, which decides what -0 is.
   * Cost: O(length), no string made.
   *
   * @example
   * import { TextCellReader } from "./text-cell-reader";
   * const values = new SimpleCellValues(new TextCellReader({ text: "-205.92,-0", rowFirstCell: Int32Array.of(0, 2),
   *   cellStart: Int32Array.of(0, 8), cellEnd: Int32Array.of(7, 10) }));
   * values.signedNumber(0, 7) // -205.92
   * values.signedNumber(8, 10) // null
   */
  signedNumber(start: number, end: number): number | null {
    if (start === end || this.text.charCodeAt(start) !== CHAR_MINUS) return this.number(start, end);
    const magnitude = this.number(start + 1, end);
    return magnitude === null || magnitude === 0 ? null : -magnitude;
  }

  /**
   * The Excel serial of text[start, end) when it is exactly "yyyy?mm?dd" with "-", "/" or "." as separators
   * (parseDateText's commonest form: no time, no spaces), else null. Also null for such text that is not a
   * real date, as parseDateText gives; the caller's general path then reports it. Each day is computed once,
   * by excelSerialFromParts as parseDateText does, and kept in a typed array (a Map outside 1900..2155).
   * Cost: O(1).
   *
   * @example
   * import { TextCellReader } from "./text-cell-reader";
   * const values = new SimpleCellValues(new TextCellReader({ text: "2021-01-05", rowFirstCell: Int32Array.of(0, 1),
   *   cellStart: Int32Array.of(0), cellEnd: Int32Array.of(10) }));
   * values.isoDate(0, 10) // 44201
   */
  isoDate(start: number, end: number): number | null {
    if (end - start !== 10) return null;
    const text = this.text;
    let key = 0;
    for (let offset = 0; offset < 10; offset++) {
      const code = text.charCodeAt(start + offset);
      if (offset === 4 || offset === 7) {
        if (code !== 45 && code !== 47 && code !== CHAR_DOT) return null;
      } else if (code >= CHAR_0 && code <= CHAR_9) {
        key = key * 10 + (code - CHAR_0);
      } else {
        return null;
      }
    }
    const year = Math.floor(key / 10000);
    const month = Math.floor(key / 100) % 100;
    const day = key % 100;
    const yearSlot = year - FIRST_CACHED_YEAR;
    if (yearSlot < 0 || yearSlot >= CACHED_YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
      let serial = this.serialByDay.get(key);
      if (serial === undefined) {
        serial = excelSerialFromParts({ year, month, day, hours: 0, minutes: 0, seconds: 0 });
        this.serialByDay.set(key, serial);
      }
      return serial;
    }
    const slot = yearSlot * 372 + (month - 1) * 31 + (day - 1);
    let cached = this.serialBySlot[slot] as number;
    if (cached === UNKNOWN_DAY) {
      cached = excelSerialFromParts({ year, month, day, hours: 0, minutes: 0, seconds: 0 }) ?? NOT_A_DATE;
      this.serialBySlot[slot] = cached;
    }
    return cached === NOT_A_DATE ? null : cached;
  }

  /**
   * True when text[start, end) is its own displayed text and cannot be an Excel error: non-empty, ends that
   * are not white space, first character not "#". textOfCell of such a string is the string. Cost: O(1).
   *
   * @example
   * import { TextCellReader } from "./text-cell-reader";
   * const values = new SimpleCellValues(new TextCellReader({ text: "M1,#N/A", rowFirstCell: Int32Array.of(0, 2),
   *   cellStart: Int32Array.of(0, 3), cellEnd: Int32Array.of(2, 7) }));
   * values.isText(0, 2) // true
   * values.isText(3, 7) // false (an Excel error takes the general path)
   */
  isText(start: number, end: number): boolean {
    return this.reader.isTrimmedSpan(start, end) && this.text.charCodeAt(start) !== CHAR_HASH;
  }
}
