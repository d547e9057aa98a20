import { SimpleCellValues } from "./simple-cell-values";
import type { NumberStyleContext, NumberStyleTally } from "./number-style";
import type { TextCellReader } from "./text-cell-reader";
import { tallyNumberStyleSpan, tallyPlainDecimal } from "./text-number-style";
import { TextSpanInterner } from "./text-span-interner";
import type { ColumnType } from "./types";

export interface SimpleContext {
  readonly todaySerial: number | undefined;
  /**
   * For a number column whose style is not decided yet: the tally its cells vote in (numberStyleOfTextColumn's
   * votes, counted from the same digits the values are read from). The caller keeps the values only when the
   * tally decides plain dot decimals.
   */
  readonly styleTally?: { readonly context: NumberStyleContext; readonly tally: NumberStyleTally };
}

export interface SimpleValues {
  /** One slot per data row; the general positions are filled by the caller. */
  readonly values: (number | string | boolean | null)[];
  /** Positions (in dataRows) of the cells left to buildColumn. */
  readonly generalPositions: number[];
  /**
   * A text column's codes (TextCodes) for the simple cells, from `interner`; the caller codes the general
   * positions' values with the same interner. Absent for other types.
   */
  readonly textCodes?: { readonly codes: Int32Array; readonly interner: TextSpanInterner };
  /** A number column's positions (in dataRows) read as negative, for the caller's negativeAmount check. */
  readonly negativePositions?: number[];
}

/**
 * The values of one column's cells that have a simple form for the column's type (SimpleCellValues) and
 * raise no finding (a number has no sign; a date is not after todaySerial); every other cell's position is
 * listed for the general path (buildColumn). One loop and one array per type: a shared loop would call a
 * different reader per column (no inlining), and a shared `new Array` site learns "any value" from a text
 * column and then boxes every number of the next (measured: a number column 4× slower).
 *
 * Cost: O(rows); one string per simple text cell.
 *
 * @example
 * import { TextCellReader } from "./text-cell-reader";
 * const reader = new TextCellReader({ text: "x\n5\n-5", rowFirstCell: Int32Array.of(0, 1, 2, 3),
 *   cellStart: Int32Array.of(0, 2, 4), cellEnd: Int32Array.of(1, 3, 6) });
 * const simple = simpleValues(reader, "number", [1, 2], 0, { todaySerial: undefined });
 * simple.values // [5, -5]
 * simple.generalPositions // [] (both are plain decimals)
 * simple.negativePositions // [1]
 */
export function simpleValues(
  reader: TextCellReader,
  type: ColumnType,
  dataRows: readonly number[],
  column: number,
  context: SimpleContext,
): SimpleValues {
  switch (type) {
    case "text":
      return simpleTexts(reader, dataRows, column);
    case "number":
      return simpleNumbers(reader, dataRows, column, context.styleTally);
    case "date":
      return simpleDates(reader, dataRows, column, context.todaySerial);
    case "boolean":
      return {
        values: new Array<null>(dataRows.length),
        generalPositions: dataRows.map((_, index) => index),
      };
  }
}

/**
 * Each simple text cell is interned on its offsets: one string per distinct value, shared by every row
 * that holds it, and a code per row (measured on 1M order lines: 2M strings made and hashed again by the
 * R/F/M aggregation's Map, against ~700,000 made once here).
 */
function simpleTexts(reader: TextCellReader, dataRows: readonly number[], column: number): SimpleValues {
  const simple = new SimpleCellValues(reader);
  const interner = new TextSpanInterner(reader.text, dataRows.length >> 2);
  const dictionary = interner.dictionary;
  const values = new Array<string | null>(dataRows.length);
  const codes = new Int32Array(dataRows.length).fill(-1);
  const generalPositions: number[] = [];
  for (let position = 0; position < dataRows.length; position++) {
    const cell = reader.cellAt(dataRows[position] as number, column);
    const start = cell === -1 ? 0 : reader.start(cell);
    const end = cell === -1 ? 0 : reader.end(cell);
    if (simple.isText(start, end)) {
      const code = interner.codeOfSpan(start, end);
      codes[position] = code;
      values[position] = dictionary[code] as string;
    } else {
      generalPositions.push(position);
    }
  }
  return { values, generalPositions, textCodes: { codes, interner } };
}

/**
 * Plain decimals with or without a leading minus, and the positions of the negative ones: the caller
 * reports those as negativeAmount where the column's role is never negative, as buildColumn does (z-scored
 * features are half negative; sending them to the general path cost a fifth of reading a million rows).
 * With a style tally, every cell also casts its style vote, from the digits already counted.
 */
function simpleNumbers(
  reader: TextCellReader,
  dataRows: readonly number[],
  column: number,
  style: SimpleContext["styleTally"],
): SimpleValues {
  const simple = new SimpleCellValues(reader);
  const text = reader.text;
  const values = new Array<number | null>(dataRows.length);
  const generalPositions: number[] = [];
  const negativePositions: number[] = [];
  for (let position = 0; position < dataRows.length; position++) {
    const cell = reader.cellAt(dataRows[position] as number, column);
    if (cell === -1) {
      generalPositions.push(position);
      continue;
    }
    const start = reader.start(cell);
    const end = reader.end(cell);
    const value = simple.signedNumber(start, end);
    if (value === null) {
      generalPositions.push(position);
      if (style !== undefined) tallyNumberStyleSpan(text, start, end, style.context, style.tally);
      continue;
    }
    values[position] = value;
    if (value < 0) negativePositions.push(position);
    if (style !== undefined) {
      const { integerDigits, fractionDigits } = simple;
      tallyPlainDecimal(text, start, end, integerDigits, fractionDigits, style.context, style.tally);
    }
  }
  return { values, generalPositions, negativePositions };
}

function simpleDates(
  reader: TextCellReader,
  dataRows: readonly number[],
  column: number,
  todaySerial: number | undefined,
): SimpleValues {
  const simple = new SimpleCellValues(reader);
  const lastDay = todaySerial === undefined ? Infinity : Math.floor(todaySerial);
  const values = new Array<number | null>(dataRows.length);
  const generalPositions: number[] = [];
  for (let position = 0; position < dataRows.length; position++) {
    const cell = reader.cellAt(dataRows[position] as number, column);
    const serial = cell === -1 ? null : simple.isoDate(reader.start(cell), reader.end(cell));
    // A future date is kept but reported: buildColumn does that, so it takes the general path.
    if (serial === null || Math.floor(serial) > lastDay) generalPositions.push(position);
    else values[position] = serial;
  }
  return { values, generalPositions };
}
