import { btydSummaryFromTransactions } from "../clv/btyd-summary";
import { convertDuration, type TimeUnit } from "../clv/time-unit";
import type { BtydCustomer } from "../clv/types";
import type { RunRecord } from "../report/types";
import { columnByRole } from "../table/column-access";
import { completeOrderRows } from "../table/column-reader";
import type { RawGrid, Table } from "../table/types";
import type { AnalysisContext, RunParameters } from "./context";
import { btydCustomersFromGrid } from "./clv-summary-grid";
import { requireAcceptedShape } from "./input-shapes";

/** What a BTYD model is fitted on: order lines (summarised here) or a per-customer summary (x, t_x, T, zbar). */
export type BtydInput =
  { readonly kind: "orders"; readonly table: Table } | { readonly kind: "summary"; readonly grid: RawGrid };

export interface BtydSettings {
  /**
   * Unit of recency, T and α: order lines are summarised in it; a summary's t_x and T are read as it.
   * @default "weeks"
   */
  readonly timeUnit?: TimeUnit;
  /** Period of the horizon (and of the discount rate). @default timeUnit */
  readonly periodUnit?: TimeUnit;
  /** Future periods of periodUnit. @default one year in whole periods (365 days, 52 weeks, 12 months, 1 year) */
  readonly horizonPeriods?: number;
  /** Last day of the calibration period, inclusive (order lines only), as an Excel serial. @default the last order day */
  readonly calibrationEndSerial?: number;
}

/** The BTYD settings after defaults. */
export interface BtydPeriod {
  readonly timeUnit: TimeUnit;
  readonly periodUnit: TimeUnit;
  readonly horizonPeriods: number;
}

export const BTYD_DEFAULTS = { timeUnit: "weeks" } as const satisfies BtydSettings;

/** The customers a model is fitted on, and what summarising the order lines left out. */
export interface BtydCustomers {
  readonly customers: readonly BtydCustomer[];
  /** Rows of the order table, or customers of a summary. */
  readonly rowCount: number;
  /** Order lines without a member, date or amount; null for a summary. */
  readonly rowsSkipped: number | null;
  /** The calibration end (Excel serial, a whole day) and the transactions after it; null for a summary. */
  readonly calibrationEndSerial: number | null;
  readonly transactionsAfterEnd: number | null;
  /** The input's header of the member column, for the sheet's id header; null for a summary. */
  readonly idHeader: string | null;
}

/** Merges the period defaults once, for both BTYD use cases. */
export function btydPeriod(settings: BtydSettings): BtydPeriod {
  const timeUnit = settings.timeUnit ?? BTYD_DEFAULTS.timeUnit;
  const periodUnit = settings.periodUnit ?? timeUnit;
  // Whole periods: a year is 52 weeks here, not 52.18, so the default horizon reads as a round number.
  const horizonPeriods = settings.horizonPeriods ?? Math.floor(convertDuration(1, "years", periodUnit));
  return { timeUnit, periodUnit, horizonPeriods };
}

/**
 * The BTYD customers of an input: a summary grid read as it is, or order lines (a member, an order date and
 * an amount, by the table's blank rule) summarised up to the calibration end (Fader, Hardie & Lee 2005).
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN, COLUMN_TYPE_MISMATCH, CELL_NOT_NUMBER, CLV_NO_CUSTOMERS and the codes of
 *   btydSummaryFromTransactions (TRANSACTIONS_EMPTY, NO_CUSTOMERS_BEFORE_END, ...)
 */
export function btydCustomers(
  input: BtydInput,
  settings: BtydSettings,
  timeUnit: TimeUnit,
  needsSpend: boolean,
): BtydCustomers {
  if (input.kind === "summary") {
    const customers = btydCustomersFromGrid(input.grid, { needsSpend });
    return {
      customers,
      rowCount: customers.length,
      rowsSkipped: null,
      calibrationEndSerial: null,
      transactionsAfterEnd: null,
      idHeader: null,
    };
  }
  requireAcceptedShape(input.table, "bgnbd");
  const rows = completeOrderRows(input.table, "clv");
  let lastDay = -Infinity;
  for (const serial of rows.dateSerials) lastDay = Math.max(lastDay, Math.floor(serial));
  const calibrationEndSerial = Math.floor(settings.calibrationEndSerial ?? lastDay);
  const summary = btydSummaryFromTransactions(
    { customerIds: rows.memberIds, dateSerials: rows.dateSerials, amounts: rows.amounts },
    { calibrationEndSerial, timeUnit },
  );
  return {
    customers: summary.customers,
    rowCount: input.table.rowCount,
    rowsSkipped: rows.skippedRows,
    calibrationEndSerial,
    transactionsAfterEnd: summary.transactionsAfterEnd,
    idHeader: memberHeader(input.table),
  };
}

/** analysisRunRecord for a BTYD input: a summary has no table, its customers are its rows. */
export function btydRunRecord(
  rowCount: number,
  context: AnalysisContext,
  settings: RunParameters,
): RunRecord {
  return {
    ...context.runRecord,
    rowCount,
    parameters: { ...context.runRecord.parameters, analysis: "clv", ...settings },
  };
}

/** The header of the table's member-id column as the user wrote it, or null when it has none. */
export function memberHeader(table: Table): string | null {
  const header = columnByRole(table, "memberId")?.header ?? "";
  return header === "" ? null : header;
}
