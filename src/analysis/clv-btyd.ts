import { fitBgnbd } from "../clv/bgnbd-fit";
import { clvTable, type ClvTable } from "../clv/clv-table";
import { fitGammaGamma } from "../clv/gamma-gamma-fit";
import { discountRateForPeriod, type TimeUnit } from "../clv/time-unit";
import type { BgnbdFit, GammaGammaFit } from "../clv/types";
import { buildClvResultSheet } from "../report/clv";
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

export interface BtydClvSettings extends BtydSettings {
  /** Compound discount rate per discountRateUnit, 0.01 = 1 %. @default 0 */
  readonly discountRate?: number;
  /** Period the discount rate is stated for; converted to periodUnit. @default periodUnit */
  readonly discountRateUnit?: TimeUnit;
  /** Leave repeat customers whose mean repeat spend is not above 0 out of Gamma-Gamma and the CLV. @default false */
  readonly excludeZeroSpend?: boolean;
}

export const BTYD_CLV_DEFAULTS = {
  discountRate: 0,
  excludeZeroSpend: false,
} as const satisfies BtydClvSettings;

export interface BtydClvResult {
  readonly input: BtydCustomers;
  readonly timeUnit: TimeUnit;
  readonly horizonPeriods: number;
  readonly periodUnit: TimeUnit;
  /** The discount rate per periodUnit the CLV used. */
  readonly discountRatePerPeriod: number;
  readonly bgnbd: BgnbdFit;
  readonly gammaGamma: GammaGammaFit;
  readonly values: ClvTable;
  /** Mean repeat spend of each member of `values.rows`, in the same order. */
  readonly meanRepeatSpends: readonly number[];
  readonly excludedZeroSpend: number;
  readonly facts: BtydClvFacts;
}

/** The numbers behind the pane's summary in words. */
export interface BtydClvFacts {
  readonly analysis: "clv";
  readonly model: "btyd";
  readonly meanClv: number;
  readonly bgnbdConverged: boolean;
  readonly gammaGammaConverged: boolean;
  readonly horizonPeriods: number;
  readonly timeUnit: TimeUnit;
}

/**
 * Discounted CLV from BTYD models: BG/NBD (purchases, P(alive)) fitted on every customer, Gamma-Gamma (spend
 * per purchase) on the repeat customers, then Σ over the horizon's periods of expected purchases × expected
 * spend, discounted per period (src/clv/clv-table.ts). BG/NBD is fitted first, so its errors come first.
 *
 * Cost: O(customers × optimiser iterations).
 *
 * @throws CoreError as btydCustomers, fitBgnbd, fitGammaGamma (GAMMAGAMMA_SPEND_NOT_POSITIVE: a repeat
 *   customer with spend ≤ 0 and excludeZeroSpend off), clvTable, discountRateForPeriod (DISCOUNT_RATE_INVALID)
 */
export function btydClvAnalysis(
  input: BtydInput,
  settings: BtydClvSettings,
  context: AnalysisContext,
): AnalysisRun<BtydClvResult> {
  const { timeUnit, periodUnit, horizonPeriods } = btydPeriod(settings);
  const discountRate = settings.discountRate ?? BTYD_CLV_DEFAULTS.discountRate;
  const discountRateUnit = settings.discountRateUnit ?? periodUnit;
  const excludeZeroSpend = settings.excludeZeroSpend ?? BTYD_CLV_DEFAULTS.excludeZeroSpend;
  // Unconverted when stated per period: expm1(log1p(r)) may differ from r in the last digit.
  const discountRatePerPeriod =
    discountRateUnit === periodUnit
      ? discountRate
      : discountRateForPeriod(discountRate, discountRateUnit, periodUnit);
  const customers = btydCustomers(input, settings, timeUnit, true);
  // BG/NBD describes purchase timing only, so it is fitted on every customer, zero-spend ones included.
  const bgnbd = fitBgnbd(customers.customers, { timeUnit });
  const kept = excludeZeroSpend
    ? customers.customers.filter((customer) => !(customer.frequency > 0 && !(customer.meanRepeatSpend > 0)))
    : customers.customers;
  const gammaGamma = fitGammaGamma(kept);
  const values = clvTable(
    { customers: kept, bgnbd, gammaGamma },
    { horizonPeriods, periodUnit, discountRatePerPeriod },
  );
  const result: BtydClvResult = {
    input: customers,
    timeUnit,
    horizonPeriods,
    periodUnit,
    discountRatePerPeriod,
    bgnbd,
    gammaGamma,
    values,
    meanRepeatSpends: kept.map((customer) => customer.meanRepeatSpend),
    excludedZeroSpend: customers.customers.length - kept.length,
    facts: {
      analysis: "clv",
      model: "btyd",
      meanClv: values.meanClv,
      bgnbdConverged: bgnbd.converged,
      gammaGammaConverged: gammaGamma.converged,
      horizonPeriods,
      timeUnit,
    },
  };
  const parameters = {
    model: "btyd",
    timeUnit,
    periodUnit,
    horizonPeriods,
    discountRate,
    discountRateUnit,
    excludeZeroSpend,
    ...(customers.calibrationEndSerial === null
      ? {}
      : { calibrationEnd: isoFromExcelSerial(customers.calibrationEndSerial) }),
  };
  return {
    result,
    sheets: lazily(() => [
      buildClvResultSheet(
        {
          bgnbd,
          gammaGamma,
          values,
          runRecord: btydRunRecord(customers.rowCount, context, parameters),
          idHeader: customers.idHeader,
        },
        context.locale,
      ),
    ]),
  };
}
