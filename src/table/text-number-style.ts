import {
  emptyNumberStyleTally,
  numberStyleOfTally,
  tallyNumberStyleText,
  type NumberStyleChoice,
  type NumberStyleContext,
  type NumberStyleTally,
} from "./number-style";
import type { TextCellReader } from "./text-cell-reader";

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DOT = 46;
const CHAR_COMMA = 44;
const CHAR_MINUS = 45;

/**
 * numberStyleOfCells for one column of TextCells, read on the offsets: the same choice, without a string
 * per cell. A cell without "." or "," casts no vote there either; a cell shaped "-?digits.digits" whose
 * comma reading fails (more than three digits before the dot, or a fraction not of three digits: "205.92",
 * "-0.4776177000125") is a dot vote, which numberStyleEvidence gives it (its dot reading is Number(text),
 * its comma reading needs "d{1,3}.ddd" groups); every other cell with a "." or "," is handed to
 * numberStyleOfCells' own tally as text. On a million order lines the two parses per cell cost 0.4 s of
 * the command line's 3.2 s (bench/rfm, --cpu-prof).
 *
 * Cost: O(characters of the column); one string per cell of the general path only.
 *
 * @example
 * import { TextCellReader } from "./text-cell-reader";
 * const reader = new TextCellReader({ text: "a\n205.92\n1.234", rowFirstCell: Int32Array.of(0, 1, 2, 3),
 *   cellStart: Int32Array.of(0, 2, 9), cellEnd: Int32Array.of(1, 8, 14) });
 * numberStyleOfTextColumn(reader, [1, 2], 0, {}) // { reading: "dot", assumed: false }
 */
export function numberStyleOfTextColumn(
  reader: TextCellReader,
  dataRows: readonly number[],
  column: number,
  context: NumberStyleContext,
): NumberStyleChoice {
  if (context.forced !== undefined) return { reading: context.forced, assumed: false };
  const tally = emptyNumberStyleTally();
  const text = reader.text;
  for (const row of dataRows) {
    const cell = reader.cellAt(row, column);
    if (cell !== -1) tallyNumberStyleSpan(text, reader.start(cell), reader.end(cell), context, tally);
  }
  return numberStyleOfTally(tally, context);
}

/**
 * The vote of one cell, text[start, end), in numberStyleOfTextColumn's tally.
 * Cost: O(length); a string only for a cell that is not a plain decimal.
 *
 * @example
 * import { emptyNumberStyleTally } from "./number-style";
 * const tally = emptyNumberStyleTally();
 * tallyNumberStyleSpan("205.92", 0, 6, {}, tally);
 * tally.dotVotes // 1
 */
export function tallyNumberStyleSpan(
  text: string,
  start: number,
  end: number,
  context: NumberStyleContext,
  tally: NumberStyleTally,
): void {
  const shape = plainDecimalShape(text, start, end);
  if (shape === SHAPE_NO_SEPARATOR) return;
  if (shape === SHAPE_DOT_ONLY) tally.dotVotes++;
  else tallyNumberStyleText(text.slice(start, end), context, tally);
}

/**
 * The vote of a plain decimal whose digits are already counted (SimpleCellValues.number): the same as
 * tallyNumberStyleSpan gives it, without walking its characters again.
 */
export function tallyPlainDecimal(
  text: string,
  start: number,
  end: number,
  integerDigits: number,
  fractionDigits: number,
  context: NumberStyleContext,
  tally: NumberStyleTally,
): void {
  if (fractionDigits < 0) return;
  if (integerDigits > 3 || fractionDigits !== 3) tally.dotVotes++;
  else tallyNumberStyleText(text.slice(start, end), context, tally);
}

/** No "." or ",": no vote. */
const SHAPE_NO_SEPARATOR = 0;
/** "-?d+.d+" that reads only with a decimal dot. */
const SHAPE_DOT_ONLY = 1;
/** Anything else with a "." or ",": the general tally decides. */
const SHAPE_OTHER = 2;

function plainDecimalShape(text: string, start: number, end: number): number {
  let index = start < end && text.charCodeAt(start) === CHAR_MINUS ? start + 1 : start;
  const integerStart = index;
  while (index < end && isDigit(text.charCodeAt(index))) index++;
  const integerDigits = index - integerStart;
  // Only a sign and digits so far: the cell holds no separator.
  if (index === end) return SHAPE_NO_SEPARATOR;
  if (text.charCodeAt(index) !== CHAR_DOT || integerDigits === 0) {
    return hasSeparator(text, start, end) ? SHAPE_OTHER : SHAPE_NO_SEPARATOR;
  }
  const fractionStart = ++index;
  while (index < end && isDigit(text.charCodeAt(index))) index++;
  const fractionDigits = index - fractionStart;
  if (index !== end || fractionDigits === 0) return SHAPE_OTHER;
  // "d{1,3}.ddd" also reads as thousands under a decimal comma ("1.234" = 1234): ambiguous, or equal ("0.000").
  return integerDigits > 3 || fractionDigits !== 3 ? SHAPE_DOT_ONLY : SHAPE_OTHER;
}

function isDigit(code: number): boolean {
  return code >= CHAR_0 && code <= CHAR_9;
}

function hasSeparator(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === CHAR_DOT || code === CHAR_COMMA) return true;
  }
  return false;
}
