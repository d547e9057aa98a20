import type { QualityExample, QualityIssue } from "./types";

/**
 * The data-quality rules, in report order. Each counts the rows it affects; nothing is dropped silently.
 * - emptyRow: a fully blank row between data rows (skipped).
 * - raggedRow: a CSV line with a different number of cells than the header (a stray delimiter shifts values).
 * - errorValue: an Excel error ("#N/A", "#VALUE!", …) in a cell (read as missing).
 * - unparseableNumber / unparseableDate / unparseableBoolean: a value that is not of its column's type
 *   (read as missing).
 * - blankKey: a blank member, order or product id.
 * - blankValue: a blank cell in a number or date column that has a role (amount, order date, …).
 * - negativeAmount: a negative amount, quantity, price, stock or coupon amount (kept as is).
 * - futureDate: a date after "today" (only when the caller passes todaySerial; kept as is).
 * - duplicateLine: a data row identical to an earlier one (kept; analyses decide).
 * - decimalComma: a number read with a decimal comma ("1.234,50" → 1234.5) because its column is written
 *   that way (numberStyleOfCells); says which style was assumed.
 * - numberStyleAssumed: a number such as "1,234" that reads two ways, in a column where no value decides;
 *   read in the file's default style (comma after a ";" delimiter, else dot) and reported.
 * - dayOrderAssumed: a date such as 03/04/2021 that reads two ways, in a column where no value has a part
 *   above 12; read month first (or as the user said) and reported.
 * - perMemberTable, oneRowPerMember: the input shape, reported by the data check (intake) rather than while
 *   reading (input-shape.ts inputShapeIssues): one row per member with order counts; or every member once with
 *   no order-count column, so as order lines frequency is 1 for everyone.
 */
export const QUALITY_RULES = [
  "emptyRow",
  "raggedRow",
  "errorValue",
  "unparseableNumber",
  "unparseableDate",
  "unparseableBoolean",
  "blankKey",
  "blankValue",
  "negativeAmount",
  "futureDate",
  "duplicateLine",
  "decimalComma",
  "numberStyleAssumed",
  "dayOrderAssumed",
  "perMemberTable",
  "oneRowPerMember",
] as const;

export type QualityRule = (typeof QUALITY_RULES)[number];

const MAX_EXAMPLES = 5;

interface RankedExample extends QualityExample {
  readonly columnOrder: number;
}

interface RuleTally {
  readonly rowsSeen: Uint8Array;
  count: number;
  /** The earliest five cells by row, then column, whatever order they were reported in. */
  readonly examples: RankedExample[];
}

/**
 * Collects quality findings while a table is built, column by column or row by row, and reports them per
 * rule: rows affected (a row counts once per rule) and the five earliest examples.
 */
export class QualityLog {
  private readonly tallies = new Map<QualityRule, RuleTally>();

  /** @param rowSlots number of distinct row indexes that may be reported (0..rowSlots-1). */
  constructor(private readonly rowSlots: number) {}

  /**
   * Records one finding. `rowIndex` identifies the row for counting; `example` is what the user is shown;
   * `columnOrder` sorts examples of the same row (the column's position, or -1 for whole-row findings).
   */
  add(rule: QualityRule, rowIndex: number, example: QualityExample, columnOrder = -1): void {
    // Past the fifth example most findings come later than every kept one: skip the copy and the search
    // (half a million negative values in a column made this a sixth of reading the file).
    if (!this.countRow(rule, rowIndex, example.row, columnOrder)) return;
    keepEarliest((this.tallies.get(rule) as RuleTally).examples, { ...example, columnOrder });
  }

  /**
   * Counts a finding's row as add does, without its example, and says whether add would keep an example
   * at (row, columnOrder) — then the caller makes it and passes it to add (which counts the row once).
   * For hot loops that find many: a million negative z-scores need five example strings, not a million.
   *
   * @example
   * const log = new QualityLog(10);
   * for (let index = 0; index < 7; index++) {
   *   if (log.countRow("negativeAmount", index, index + 2, 0)) log.add("negativeAmount", index, { row: index + 2, column: "x", value: "-1" }, 0);
   * }
   * log.issues()[0]?.count // 7
   * log.issues()[0]?.examples.length // 5
   */
  countRow(rule: QualityRule, rowIndex: number, row: number, columnOrder: number): boolean {
    let tally = this.tallies.get(rule);
    if (tally === undefined) {
      tally = { rowsSeen: new Uint8Array(this.rowSlots), count: 0, examples: [] };
      this.tallies.set(rule, tally);
    }
    if (tally.rowsSeen[rowIndex] === 0) {
      tally.rowsSeen[rowIndex] = 1;
      tally.count++;
    }
    const last = tally.examples[MAX_EXAMPLES - 1];
    return last === undefined || isEarlier(row, columnOrder, last);
  }

  /** The issues, in QUALITY_RULES order, without rules that did not fire. */
  issues(): QualityIssue[] {
    return QUALITY_RULES.flatMap((rule) => {
      const tally = this.tallies.get(rule);
      if (tally === undefined) return [];
      const examples = tally.examples.map(({ row, column, value }) => ({ row, column, value }));
      return [{ rule, count: tally.count, examples }];
    });
  }
}

function keepEarliest(examples: RankedExample[], candidate: RankedExample): void {
  const position = examples.findIndex((kept) => isEarlier(candidate.row, candidate.columnOrder, kept));
  if (position === -1) {
    if (examples.length < MAX_EXAMPLES) examples.push(candidate);
    return;
  }
  examples.splice(position, 0, candidate);
  if (examples.length > MAX_EXAMPLES) examples.pop();
}

/** True when a finding at (row, columnOrder) sorts before a kept example. */
function isEarlier(row: number, columnOrder: number, kept: RankedExample): boolean {
  return row < kept.row || (row === kept.row && columnOrder < kept.columnOrder);
}
