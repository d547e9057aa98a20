import { excelErrorOf, isBlankCell } from "./cell-value";
import type { DateReading } from "./parse-cell";
import { booleanOfCell, dateOfCell, numberOfCell } from "./parse-cell";
import { numberStyleOfCells, type NumberReading, type NumberStyleContext } from "./number-style";
import type { DayOrder } from "./parse-date";
import { dayOrderEvidence, isDayOrderAmbiguous, serialFromCompactDate } from "./parse-date";
import type { NumberStyle } from "./parse-number";
import type { ColumnType } from "./types";

/** Share of a column's non-blank, non-error values that must parse for the column to take a type. */
export const TYPE_THRESHOLD = 0.9;

export interface TypeReading extends DateReading {
  readonly type: ColumnType;
  /** How text numbers are read (see numberStyleOfCells); used when `type` is "number". */
  readonly numberReading: NumberReading;
  /** Some cell reads both ways ("1,234") and none decided the style: the reading is a default. */
  readonly numberStyleAssumed: boolean;
  /** Some "a/b/yyyy" cell reads both ways (03/04/2021) and none decided: `dayOrder` is a default. */
  readonly dayOrderAssumed: boolean;
  /** Some cell is an "a/b/yyyy" date whose two parts differ: the column's day order matters. */
  readonly slashDates?: boolean;
}

export interface InferTypeHints {
  /** The column's header, used to accept yyyymmdd numbers in a column called "date", "日期", … */
  readonly header: string;
  /** A type the caller already knows (from the role or the user): kept, only the date reading is inferred. */
  readonly knownType?: ColumnType;
  /** The user's day order for "a/b/yyyy" dates: no detection. */
  readonly dayOrder?: DayOrder;
  /** The user's number style: no detection. */
  readonly numberStyle?: NumberStyle;
  /** Delimiter of the CSV the cells came from (see NumberStyleContext). */
  readonly delimiter?: NumberStyleContext["delimiter"];
}

const DATE_HEADER = /date|time|day|日期|时间|時間|年月日/i;
/** Cheap pre-test for "a/b/yyyy" (ASCII or full-width digits) before the full parse. */
const MAYBE_YEAR_LAST = /^\s*[\d０-９]{1,2}[-/.／－．][\d０-９]{1,2}[-/.／－．]/;

/**
 * Infers a column's type like Arquero's `parse-values.js`: an ordered list of (test, parser) pairs —
 * boolean, date, number — and the first type that at least 90% of the non-blank, non-error values parse as
 * wins; otherwise text. The other ≤10% become quality issues when the column is built, never dropped.
 * Also chooses one date reading for the whole column: day-first when some "a/b/yyyy" value has a > 12
 * (month-first, the US export default, otherwise; `dayOrderAssumed` when no value decided), yyyymmdd accepted
 * when the header looks like a date or every value is a yyyymmdd date in 1900..2100, and the number style
 * of its text (numberStyleOfCells). The user's `dayOrder` and `numberStyle` hints replace the detection.
 *
 * Cost: O(n) parses per candidate type.
 *
 * @example inferColumnType(["2021-01-05", "2021-02-01"], undefined, { header: "d" }).type // "date"
 */
export function inferColumnType(
  cells: readonly unknown[],
  formats: readonly (string | undefined)[] | undefined,
  hints: InferTypeHints,
): TypeReading {
  const filled: number[] = [];
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let compactCount = 0;
  let undecidedDates = 0;
  cells.forEach((raw, index) => {
    if (isBlankCell(raw) || excelErrorOf(raw) !== null) return;
    filled.push(index);
    if (typeof raw === "string" && MAYBE_YEAR_LAST.test(raw)) {
      // A decided cell (a part above 12) is also a slash date, counted by its vote.
      const evidence = dayOrderEvidence(raw);
      if (evidence === "dmy") dayFirstVotes++;
      else if (evidence === "mdy") monthFirstVotes++;
      else if (isDayOrderAmbiguous(raw)) undecidedDates++;
    }
    if (isCompactDate(raw)) compactCount++;
  });
  const allCompact = filled.length > 0 && compactCount === filled.length;
  const numberStyle = numberStyleOfCells(knownOrNumber(hints.knownType) ? cells : [], {
    forced: hints.numberStyle,
    delimiter: hints.delimiter,
  });
  const detectedOrder = dayFirstVotes > monthFirstVotes ? "dmy" : "mdy";
  const reading: Omit<TypeReading, "type"> = {
    dayOrder: hints.dayOrder ?? detectedOrder,
    dayOrderAssumed:
      hints.dayOrder === undefined && dayFirstVotes + monthFirstVotes === 0 && undecidedDates > 0,
    slashDates: dayFirstVotes + monthFirstVotes + undecidedDates > 0,
    numberReading: numberStyle.reading,
    numberStyleAssumed: numberStyle.assumed,
    allowCompact: hints.knownType === "date" || DATE_HEADER.test(hints.header) || allCompact,
    plainNumbersAreSerials: hints.knownType === "date",
  };
  if (hints.knownType !== undefined) return { type: hints.knownType, ...reading };
  // Stops as soon as more than 10% have failed: a text column costs a tenth of a full pass per candidate.
  const allowedFailures = Math.floor((1 - TYPE_THRESHOLD) * filled.length + 1e-9);
  const parses = (test: (raw: unknown, format: string | undefined) => boolean): boolean => {
    let failures = 0;
    for (const index of filled) {
      if (!test(cells[index], formats?.[index]) && ++failures > allowedFailures) return false;
    }
    return filled.length > 0;
  };
  if (parses((raw) => booleanOfCell(raw) !== null)) return { type: "boolean", ...reading };
  if (parses((raw, format) => dateOfCell(raw, format, reading) !== null)) return { type: "date", ...reading };
  // A mixed column is still a number column; its cells that read differently in the two styles are then
  // reported by buildColumn instead of turning the whole column into text.
  const isNumber =
    numberStyle.reading === "mixed"
      ? (raw: unknown) => numberOfCell(raw, "dot") !== null || numberOfCell(raw, "comma") !== null
      : (raw: unknown) => numberOfCell(raw, numberStyle.reading) !== null;
  if (parses(isNumber)) return { type: "number", ...reading };
  return { type: "text", ...reading };
}

/** Only a column that may be typed number needs its number style (the scan costs two parses a cell). */
function knownOrNumber(knownType: ColumnType | undefined): boolean {
  return knownType === undefined || knownType === "number";
}

function isCompactDate(raw: unknown): boolean {
  if (typeof raw === "number") return serialFromCompactDate(raw) !== null;
  return typeof raw === "string" && /^\s*\d{8}\s*$/.test(raw) && serialFromCompactDate(Number(raw)) !== null;
}
