import { displayCell, excelErrorOf, isBlankCell } from "./cell-value";
import type { InferTypeHints, TypeReading } from "./infer-type";
import { booleanOfCell, dateOfCell, numberOfCell, textOfCell } from "./parse-cell";
import { isFractionOnlyUnder } from "./number-style";
import { isDayOrderAmbiguous } from "./parse-date";
import type { QualityLog, QualityRule } from "./quality";
import { KEY_ROLES, NON_NEGATIVE_ROLES } from "./role-types";
import type { Column, ColumnRole, DateColumn, NumberColumn, TableOptions } from "./types";

export interface ColumnSource {
  readonly name: string;
  readonly header: string;
  readonly sourceIndex: number;
  readonly role: ColumnRole | null;
  /** The column's raw cells, one per data row. */
  readonly cells: readonly unknown[];
  readonly formats: readonly (string | undefined)[] | undefined;
}

export interface ColumnContext {
  /** Sheet row / file line of each data row. */
  readonly rowNumbers: readonly number[];
  readonly log: QualityLog;
  readonly todaySerial?: number;
  /** The table options that steer inferColumnType's date and number readings. */
  readonly readingHints?: ReadingHints;
}

/** TableOptions' dayOrder, numberStyle and delimiter, as inferColumnType takes them. */
export type ReadingHints = Pick<InferTypeHints, "dayOrder" | "numberStyle" | "delimiter">;

/** The reading hints of a table's options. Cost: O(1). @example readingHintsOf({ delimiter: ";" }).delimiter // ";" */
export function readingHintsOf(options: TableOptions): ReadingHints {
  return { dayOrder: options.dayOrder, numberStyle: options.numberStyle, delimiter: options.delimiter };
}

const UNPARSEABLE: Readonly<Record<Column["type"], QualityRule | null>> = {
  number: "unparseableNumber",
  date: "unparseableDate",
  boolean: "unparseableBoolean",
  text: null,
};

/**
 * Converts one column's raw cells to typed values (see TypeReading) and logs every cell that could not be
 * used: errorValue, unparseableNumber/Date/Boolean, blankKey, blankValue, negativeAmount, futureDate.
 * Such a cell becomes null, except negative amounts and future dates, which are kept and only reported.
 *
 * Cost: O(cells) parses.
 *
 * @example
 * import { inferColumnType } from "./infer-type";
 * import { QualityLog } from "./quality";
 * const cells = ["1,200", "x"];
 * const reading = inferColumnType(cells, undefined, { header: "Sales", knownType: "number" });
 * const log = new QualityLog(2);
 * const source = { name: "Sales", header: "Sales", sourceIndex: 0, role: "amount", cells, formats: undefined } as const;
 * buildColumn(source, reading, { rowNumbers: [2, 3], log }).values // [1200, null]
 * log.issues() // [{ rule: "unparseableNumber", count: 1, examples: [{ row: 3, column: "Sales", value: "x" }] }]
 */
export function buildColumn(source: ColumnSource, reading: TypeReading, context: ColumnContext): Column {
  const { cells, formats, role } = source;
  const { rowNumbers, log } = context;
  const values: (number | string | boolean | null)[] = new Array<null>(cells.length).fill(null);
  const valueRole = role !== null && (reading.type === "number" || reading.type === "date");
  const report = (rule: QualityRule, index: number, raw: unknown): void =>
    log.add(
      rule,
      index,
      { row: rowNumbers[index] ?? 0, column: source.name, value: displayCell(raw) },
      source.sourceIndex,
    );
  for (let index = 0; index < cells.length; index++) {
    const raw = cells[index];
    if (isBlankCell(raw)) {
      if (role !== null && KEY_ROLES.has(role)) report("blankKey", index, raw);
      else if (valueRole) report("blankValue", index, raw);
      continue;
    }
    if (excelErrorOf(raw) !== null) {
      report("errorValue", index, raw);
      continue;
    }
    const value = readCell(raw, formats?.[index], reading);
    if (value === null) {
      const rule = UNPARSEABLE[reading.type];
      if (rule !== null) report(rule, index, raw);
      continue;
    }
    values[index] = value;
    const assumption = assumptionOf(raw, reading);
    if (assumption !== null) report(assumption, index, raw);
    if (typeof value !== "number") continue;
    if (value < 0 && role !== null && NON_NEGATIVE_ROLES.has(role)) report("negativeAmount", index, raw);
    const today = context.todaySerial;
    if (reading.type === "date" && today !== undefined && Math.floor(value) > Math.floor(today)) {
      report("futureDate", index, raw);
    }
  }
  const base = { name: source.name, header: source.header, sourceIndex: source.sourceIndex, role };
  // The element types follow from readCell's branch for each type.
  return { ...base, type: reading.type, values, ...readingMetadata(reading) } as Column;
}

/**
 * What a column states about how its text was read: a number column's style (numberStyleOf), a date
 * column's day order when it has "a/b/yyyy" dates that read two ways. Cost: O(1).
 *
 * @example readingMetadata({ type: "date", dayOrder: "dmy", dayOrderAssumed: false, slashDates: true, numberReading: "dot", numberStyleAssumed: false, allowCompact: false, plainNumbersAreSerials: false })
 * // { dayOrder: "dmy", dayOrderAssumed: false }
 */
export function readingMetadata(
  reading: TypeReading,
): Pick<NumberColumn, "numberStyle"> & Pick<DateColumn, "dayOrder" | "dayOrderAssumed"> {
  const style = numberStyleOf(reading);
  if (style !== undefined) return { numberStyle: style };
  if (reading.type === "date" && reading.slashDates === true) {
    return { dayOrder: reading.dayOrder, dayOrderAssumed: reading.dayOrderAssumed };
  }
  return {};
}

/**
 * The style a number column states in its metadata: only when it is not the plain default (dot, decided
 * or without any cell that cared), so tables of ordinary exports keep their shape.
 */
export function numberStyleOf(reading: TypeReading): NumberColumn["numberStyle"] {
  if (reading.type !== "number") return undefined;
  if (reading.numberReading === "dot" && !reading.numberStyleAssumed) return undefined;
  return reading.numberReading;
}

/** The assumption a text cell was read under, if it is one the user should see. */
function assumptionOf(raw: unknown, reading: TypeReading): QualityRule | null {
  if (typeof raw !== "string") return null;
  if (reading.type === "number") {
    if (reading.numberStyleAssumed)
      return reading.numberReading !== "mixed" && isFractionOnlyUnder(raw, reading.numberReading)
        ? "numberStyleAssumed"
        : null;
    return reading.numberReading === "comma" && /[.,]/.test(raw) ? "decimalComma" : null;
  }
  return reading.type === "date" && reading.dayOrderAssumed && isDayOrderAmbiguous(raw)
    ? "dayOrderAssumed"
    : null;
}

function readCell(
  raw: unknown,
  format: string | undefined,
  reading: TypeReading,
): number | string | boolean | null {
  switch (reading.type) {
    case "number":
      return numberOfCell(raw, reading.numberReading);
    case "date":
      return dateOfCell(raw, format, reading);
    case "boolean":
      return booleanOfCell(raw);
    case "text":
      return textOfCell(raw, format);
  }
}
