import { compareClvToCpa, type CpaVerdict } from "../clv/cpa-comparison";
import { simpleClvFromOrders, type SimpleClvResult } from "../clv/simple-clv-orders";
import { convertDuration, type TimeUnit } from "../clv/time-unit";
import { buildSimpleClvResultSheet } from "../report/clv";
import { completeOrderRows } from "../table/column-reader";
import type { Table } from "../table/types";
import { memberHeader } from "./clv-btyd-input";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";

export interface SimpleClvSettings {
  /** Expected lifetime, in lifetimeUnit. @default the members' mean lifetime (registration or first order to last order) */
  readonly expectedLifetime?: number;
  /** Unit of expectedLifetime. @default "days" */
  readonly lifetimeUnit?: TimeUnit;
  /** Cost of acquiring a member; when given, the average CLV is compared with it (CLV / CPA, 3:1 healthy). */
  readonly acquisitionCost?: number;
}

export const SIMPLE_CLV_DEFAULTS = { lifetimeUnit: "days" } as const satisfies SimpleClvSettings;

export interface SimpleClvAnalysisResult {
  readonly clv: SimpleClvResult;
  /** The expected lifetime as given (in periodUnit), or the mean lifetime in days. */
  readonly horizon: number;
  readonly periodUnit: TimeUnit;
  /** Rows of the table, and those without a member, an order date or an amount (left out). */
  readonly rowCount: number;
  readonly rowsSkipped: number;
  readonly facts: SimpleClvFacts;
}

/** The numbers behind the pane's summary in words. */
export interface SimpleClvFacts {
  readonly analysis: "clv";
  readonly model: "simple";
  readonly averageClv: number;
  readonly lifetimeDays: number;
  /** CLV / CPA and the verdict when a CPA was given. */
  readonly cpa: { readonly clvToCpaRatio: number; readonly verdict: CpaVerdict } | null;
}

/**
 * The article's simple CLV from order lines (src/clv/simple-clv-orders.ts): expected lifetime days × value
 * per day, per member and for the average member, compared with the acquisition cost when one is given. Rows
 * without a member, an order date or an amount are left out (the table's blank rule: member id 0 is a member).
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError MISSING_COLUMN (memberId, orderDate, amount), COLUMN_TYPE_MISMATCH, the codes of
 *   simpleClvFromOrders, and CPA_INVALID (an acquisition cost not above 0)
 */
export function simpleClvAnalysis(
  table: Table,
  settings: SimpleClvSettings,
  context: AnalysisContext,
): AnalysisRun<SimpleClvAnalysisResult> {
  const { expectedLifetime, acquisitionCost } = settings;
  const lifetimeUnit = settings.lifetimeUnit ?? SIMPLE_CLV_DEFAULTS.lifetimeUnit;
  const rows = completeOrderRows(table, "clv");
  const clv = simpleClvFromOrders(
    {
      memberIds: rows.memberIds,
      orderDateSerials: rows.dateSerials,
      amounts: rows.amounts,
      ...(rows.hasRegistrations ? { registrationDateSerials: rows.registrationSerials } : {}),
    },
    expectedLifetime === undefined
      ? {}
      : { expectedLifetimeDays: convertDuration(expectedLifetime, lifetimeUnit, "days") },
  );
  const comparison = acquisitionCost === undefined ? null : compareClvToCpa(clv.averageClv, acquisitionCost);
  const result: SimpleClvAnalysisResult = {
    clv,
    horizon: expectedLifetime ?? clv.expectedLifetimeDays,
    periodUnit: expectedLifetime === undefined ? "days" : lifetimeUnit,
    rowCount: table.rowCount,
    rowsSkipped: rows.skippedRows,
    facts: {
      analysis: "clv",
      model: "simple",
      averageClv: clv.averageClv,
      lifetimeDays: clv.expectedLifetimeDays,
      cpa:
        comparison === null ? null : { clvToCpaRatio: comparison.clvToCpaRatio, verdict: comparison.verdict },
    },
  };
  const parameters = {
    model: "simple",
    ...(expectedLifetime === undefined ? {} : { expectedLifetime, lifetimeUnit }),
    ...(acquisitionCost === undefined ? {} : { acquisitionCost }),
  };
  return {
    result,
    sheets: lazily(() => [
      buildSimpleClvResultSheet(
        {
          result: clv,
          runRecord: analysisRunRecord(table, context, "clv", parameters),
          idHeader: memberHeader(table),
          ...(acquisitionCost === undefined ? {} : { acquisitionCost }),
        },
        context.locale,
      ),
    ]),
  };
}
