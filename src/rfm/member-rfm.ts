/** A member id as it arrives from a sheet or a CSV: text or a number; blanks are `null`/`undefined`/`""`. */
export type MemberIdCell = string | number | null | undefined;

/** Why an input row was left out. Each skipped row is counted once, under the first problem found, in this order. */
export interface SkippedRowCounts {
  /** Member id empty, whitespace only, or 0 (Excel desktop reads an empty cell as 0). */
  readonly blankMemberId: number;
  /** Order date not a finite Excel serial day in 1..2958465 (1900-01-01..9999-12-31); 0 is an empty desktop cell. */
  readonly unparseableDate: number;
  /** Amount empty or not a finite number. (An empty desktop cell arrives as 0 and is kept as a 0 amount.) */
  readonly missingAmount: number;
  /** Order ids were given but this row's is empty. */
  readonly blankOrderId: number;
  /** Member table only: recency days or frequency not a finite number ≥ 0, or monetary not a finite number. */
  readonly invalidMemberValue: number;
}

/** Where the as-of date of a recency came from. */
export type AsOfSource = "given" | "dayAfterLatestOrder" | "memberTable";

/**
 * Recency, frequency and monetary value per member, column-oriented: index i of every array is member i.
 * Members appear in the order of their first row in the input.
 */
export interface MemberRfm {
  /** The first-seen cell of each member (numbers stay numbers; text is trimmed). */
  readonly memberIds: readonly (string | number)[];
  /** Whole days from the member's last order day to the as-of day (0 = bought on the as-of day). */
  readonly recencyDays: Float64Array;
  /** Distinct orders (see {@link FrequencyBasis}); from a member table, the given count. */
  readonly frequency: Float64Array;
  /** Sum of the member's amounts, in the input's currency. */
  readonly monetary: Float64Array;
  /** Excel serial day of each member's last order; `null` when built from a member table. */
  readonly lastOrderSerial: Float64Array | null;
  /** Excel serial day recency is counted to; `null` when a member table gave recency without a date. */
  readonly asOfSerial: number | null;
  readonly asOfSource: AsOfSource;
  /** Input rows used. */
  readonly usedRowCount: number;
  readonly skippedRows: SkippedRowCounts;
}

/** How orders are counted for frequency. */
export type FrequencyBasis = "distinctOrders" | "lines";

/** Zero counts, for building a result. */
export const NO_SKIPPED_ROWS: SkippedRowCounts = {
  blankMemberId: 0,
  unparseableDate: 0,
  missingAmount: 0,
  blankOrderId: 0,
  invalidMemberValue: 0,
};
