import { buildColumn, readingMetadata, type ColumnContext } from "./build-column";
import { inferColumnType, type TypeReading } from "./infer-type";
import { QualityLog, type QualityRule } from "./quality";
import { simpleValues, type SimpleValues } from "./simple-column-values";
import { NON_NEGATIVE_ROLES } from "./role-types";
import { rememberTextCodes } from "./text-codes";
import type { TextCellReader } from "./text-cell-reader";
import { emptyNumberStyleTally, numberStyleOfTally } from "./number-style";
import { numberStyleOfTextColumn } from "./text-number-style";
import type { Column, ColumnRole, ColumnType, QualityExample } from "./types";

export interface TextColumnSource {
  readonly name: string;
  readonly header: string;
  readonly sourceIndex: number;
  readonly role: ColumnRole | null;
  /** The type from the user or the role; undefined = infer it (inferColumnType over every cell). */
  readonly knownType: ColumnType | undefined;
}

/**
 * inferColumnType + buildColumn for one column of TextCells, with the same values and quality findings.
 * Cells of the commonest clean forms are read on their offsets (plain decimals, "yyyy-mm-dd" dates, text
 * without edge spaces; see SimpleCellValues): their value is what the general parser gives and they
 * can raise no finding (no sign, no future date). Every other cell (blank, error, negative, other formats)
 * goes through buildColumn itself, so each rule stays in one place.
 *
 * A column of known type takes its date reading from inferColumnType over those other cells only, which
 * gives the reading of the whole column: in a date column the cells read on offsets are "yyyy-mm-dd" text,
 * which casts no day-order vote (MAYBE_YEAR_LAST needs a separator after one or two digits), and
 * allowCompact of a date-typed column is true whatever its cells; other types do not use the reading.
 *
 * Cost: O(cells); one string per text value and per cell of the general path.
 *
 * @example
 * import { QualityLog } from "./quality";
 * import { TextCellReader } from "./text-cell-reader";
 * const reader = new TextCellReader({ text: "Sales\n1,200\nx", rowFirstCell: Int32Array.of(0, 1, 2, 3),
 *   cellStart: Int32Array.of(0, 6, 12), cellEnd: Int32Array.of(5, 11, 13) });
 * const source = { name: "Sales", header: "Sales", sourceIndex: 0, role: "amount", knownType: "number" } as const;
 * const log = new QualityLog(2);
 * buildTextColumn(reader, source, [1, 2], { rowNumbers: [2, 3], log }).values // [1200, null]
 * log.issues() // [{ rule: "unparseableNumber", count: 1, examples: [{ row: 3, column: "Sales", value: "x" }] }]
 */
export function buildTextColumn(
  reader: TextCellReader,
  source: TextColumnSource,
  dataRows: readonly number[],
  context: ColumnContext,
): Column {
  const column = source.sourceIndex;
  const hints = { header: source.header, ...context.readingHints };
  let reading: TypeReading | undefined;
  let simple: SimpleValues | undefined;
  // A number column's style needs every cell: "12.50" read on offsets is evidence of dot decimals.
  if (source.knownType === undefined) {
    const cells = dataRows.map((row) => reader.raw(row, column));
    reading = inferColumnType(cells, undefined, hints);
  } else if (source.knownType === "number") {
    // A number column's reading is its number style alone (buildColumn and readingMetadata read nothing
    // else of it): taken on the offsets, without a string per cell. Unless the user set the style, one
    // pass reads the plain decimals and tallies the votes from the same digits; the values are kept when
    // the column turns out plain dot decimals (almost always), else read again below.
    const styleContext = { forced: hints.numberStyle, delimiter: hints.delimiter };
    const tally = emptyNumberStyleTally();
    if (styleContext.forced === undefined) {
      simple = simpleValues(reader, "number", dataRows, column, {
        todaySerial: context.todaySerial,
        styleTally: { context: styleContext, tally },
      });
    }
    const style =
      simple === undefined
        ? numberStyleOfTextColumn(reader, dataRows, column, styleContext)
        : numberStyleOfTally(tally, styleContext);
    reading = {
      ...inferColumnType([], undefined, { ...hints, knownType: "number" }),
      numberReading: style.reading,
      numberStyleAssumed: style.assumed,
    };
  }
  const type = reading?.type ?? (source.knownType as ColumnType);
  // Offsets read plain "1.234" as dot decimals: a column read any other way takes the general path.
  const plainNumbers =
    reading === undefined || (reading.numberReading === "dot" && !reading.numberStyleAssumed);
  const { values, generalPositions, textCodes, negativePositions } =
    type !== "number" || plainNumbers
      ? (simple ?? simpleValues(reader, type, dataRows, column, { todaySerial: context.todaySerial }))
      : {
          values: new Array<number | null>(dataRows.length),
          generalPositions: dataRows.map((_, index) => index),
          negativePositions: undefined,
        };
  if (negativePositions !== undefined && source.role !== null && NON_NEGATIVE_ROLES.has(source.role)) {
    reportNegatives(reader, source, dataRows, negativePositions, context);
  }
  const generalCells = generalPositions.map((position) => reader.raw(dataRows[position] as number, column));
  reading ??= inferColumnType(generalCells, undefined, { ...hints, knownType: type });
  const built = buildColumn({ ...source, cells: generalCells, formats: undefined }, reading, {
    rowNumbers: generalPositions.map((position) => context.rowNumbers[position] as number),
    log: new PositionMappedLog(context.log, generalPositions),
    todaySerial: context.todaySerial,
  });
  generalPositions.forEach((position, index) => (values[position] = built.values[index] ?? null));
  if (textCodes !== undefined) codeGeneralTexts(values, generalPositions, textCodes);
  const base = { name: source.name, header: source.header, sourceIndex: column, role: source.role };
  // The element types follow from the simple readers and buildColumn for each type.
  return { ...base, type, values, ...readingMetadata(reading) } as Column;
}

/**
 * buildColumn's negativeAmount finding for the negative values read on offsets: the row counted, the
 * example's text made only while it is among the five kept (QualityLog.countRow).
 */
function reportNegatives(
  reader: TextCellReader,
  source: TextColumnSource,
  dataRows: readonly number[],
  negativePositions: readonly number[],
  context: ColumnContext,
): void {
  const { log, rowNumbers } = context;
  const column = source.sourceIndex;
  for (const position of negativePositions) {
    const row = rowNumbers[position] as number;
    if (!log.countRow("negativeAmount", position, row, column)) continue;
    const value = reader.raw(dataRows[position] as number, column) as string;
    log.add("negativeAmount", position, { row, column: source.name, value }, column);
  }
}

/**
 * Codes the text values the general path read (trimmed cells, numbers as text …) with the interner of the
 * simple ones, shares their strings, and records the column's codes (rememberTextCodes).
 */
function codeGeneralTexts(
  values: (number | string | boolean | null)[],
  generalPositions: readonly number[],
  textCodes: NonNullable<SimpleValues["textCodes"]>,
): void {
  const { codes, interner } = textCodes;
  for (const position of generalPositions) {
    const value = values[position];
    if (typeof value !== "string") continue;
    const code = interner.codeOfString(value);
    codes[position] = code;
    values[position] = interner.dictionary[code] as string;
  }
  // A text column's values are strings or null (buildColumn's text type), which the codes now describe.
  rememberTextCodes(values as (string | null)[], { codes, dictionary: interner.dictionary });
}

/**
 * Forwards buildColumn's findings on a subset of a column's cells to the table's log, with the cell's
 * position in the whole column as its row slot, so that a row counts once per rule across columns.
 */
class PositionMappedLog extends QualityLog {
  constructor(
    private readonly target: QualityLog,
    private readonly positions: readonly number[],
  ) {
    super(0);
  }

  override add(rule: QualityRule, index: number, example: QualityExample, columnOrder = -1): void {
    this.target.add(rule, this.positions[index] as number, example, columnOrder);
  }

  override countRow(rule: QualityRule, index: number, row: number, columnOrder: number): boolean {
    return this.target.countRow(rule, this.positions[index] as number, row, columnOrder);
  }
}
