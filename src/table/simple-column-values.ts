import { SimpleCellValues } from "./simple-cell-values";
import type { TextCellReader } from "./text-cell-reader";
import type { ColumnType } from "./types";

export interface SimpleValues {
  /** One slot per data row; the general positions are filled by the caller. */
  readonly values: (number | string | boolean | null)[];
  /** Positions (in dataRows) of the cells left to buildColumn. */
  readonly generalPositions: number[];
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
 * const simple = simpleValues(reader, "number", [1, 2], 0, undefined);
 * simple.values[0] // 5
 * simple.generalPositions // [1] ("-5" is left to buildColumn)
 */
export function simpleValues(
  reader: TextCellReader,
  type: ColumnType,
  dataRows: readonly number[],
  column: number,
  todaySerial: number | undefined,
): SimpleValues {
  switch (type) {
    case "text":
      return simpleTexts(reader, dataRows, column);
    case "number":
      return simpleNumbers(reader, dataRows, column);
    case "date":
      return simpleDates(reader, dataRows, column, todaySerial);
    case "boolean":
      return {
        values: new Array<null>(dataRows.length),
        generalPositions: dataRows.map((_, index) => index),
      };
  }
}

function simpleTexts(reader: TextCellReader, dataRows: readonly number[], column: number): SimpleValues {
  const simple = new SimpleCellValues(reader);
  const values = new Array<string | null>(dataRows.length);
  const generalPositions: number[] = [];
  for (let position = 0; position < dataRows.length; position++) {
    const cell = reader.cellAt(dataRows[position] as number, column);
    const start = cell === -1 ? 0 : reader.start(cell);
    const end = cell === -1 ? 0 : reader.end(cell);
    if (simple.isText(start, end)) values[position] = reader.text.slice(start, end);
    else generalPositions.push(position);
  }
  return { values, generalPositions };
}

function simpleNumbers(reader: TextCellReader, dataRows: readonly number[], column: number): SimpleValues {
  const simple = new SimpleCellValues(reader);
  const values = new Array<number | null>(dataRows.length);
  const generalPositions: number[] = [];
  for (let position = 0; position < dataRows.length; position++) {
    const cell = reader.cellAt(dataRows[position] as number, column);
    const value = cell === -1 ? null : simple.number(reader.start(cell), reader.end(cell));
    if (value === null) generalPositions.push(position);
    else values[position] = value;
  }
  return { values, generalPositions };
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
