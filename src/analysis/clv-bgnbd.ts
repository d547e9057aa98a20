import { fitBgnbd } from "../clv/bgnbd-fit";
import { bgnbdMembers, type BgnbdMember } from "../clv/bgnbd-members";
import { convertDuration, type TimeUnit } from "../clv/time-unit";
import type { BgnbdFit } from "../clv/types";
import { bgnbdResultSheet } from "../report/clv-bgnbd";
import { isoFromExcelSerial } from "../table/excel-serial";
import { lazily, type AnalysisContext, type AnalysisRun } from "./context";
import {
  btydCustomers,
  btydPeriod,
  btydRunRecord,
  type BtydCustomers,
  type BtydInput,
  type BtydSettings,
} from "./clv-btyd-input";

export interface BgnbdResult {
  readonly input: BtydCustomers;
  /** Unit of recency, T and α. */
  readonly timeUnit: TimeUnit;
  readonly horizonPeriods: number;
  readonly periodUnit: TimeUnit;
  readonly fit: BgnbdFit;
  /** P(alive) and expected purchases over the horizon, one per customer in input order. */
  readonly members: readonly BgnbdMember[];
}

/**
 * BG/NBD alone (Fader, Hardie & Lee 2005): the model fitted on the customers of order lines or of a summary,
 * each customer's P(alive) and expected purchases over the horizon (converted to the model's unit).
 *
 * Its sheet holds the parameter and per-customer tables (src/report/clv-bgnbd.ts); the pane's customer-value
 * sheet holds BG/NBD with Gamma-Gamma instead.
 *
 * Cost: O(customers × optimiser iterations).
 *
 * @throws CoreError as btydCustomers, and fitBgnbd's codes (BGNBD_NO_REPEAT_PURCHASES, too few customers, ...)
 */
export function bgnbdAnalysis(
  input: BtydInput,
  settings: BtydSettings,
  context: AnalysisContext,
): AnalysisRun<BgnbdResult> {
  const { timeUnit, periodUnit, horizonPeriods } = btydPeriod(settings);
  const customers = btydCustomers(input, settings, timeUnit, false);
  const fit = fitBgnbd(customers.customers, { timeUnit });
  const horizonInModelUnits = convertDuration(horizonPeriods, periodUnit, timeUnit);
  const result: BgnbdResult = {
    input: customers,
    timeUnit,
    horizonPeriods,
    periodUnit,
    fit,
    members: bgnbdMembers(fit.params, customers.customers, horizonInModelUnits),
  };
  const parameters = {
    model: "bgnbd",
    timeUnit,
    periodUnit,
    horizonPeriods,
    ...(customers.calibrationEndSerial === null
      ? {}
      : { calibrationEnd: isoFromExcelSerial(customers.calibrationEndSerial) }),
  };
  return {
    result,
    sheets: lazily(() => [
      bgnbdResultSheet(result, context.locale, btydRunRecord(customers.rowCount, context, parameters)),
    ]),
  };
}
