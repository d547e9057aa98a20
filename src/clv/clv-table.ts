import { CoreError } from "../errors";
import { bgnbdProbabilityAlive } from "./bgnbd-predict";
import { discountedClvForPeriodLength, type DiscountedClvOptions } from "./discounted-clv";
import { gammaGammaExpectedSpend } from "./gamma-gamma-spend";
import { convertDuration, type TimeUnit } from "./time-unit";
import type { BgnbdParams, BtydCustomer, GammaGammaParams } from "./types";

export interface ClvTableInput {
  readonly customers: readonly BtydCustomer[];
  /** A BgnbdFit, or parameters with the time unit of the summary they were fitted on. */
  readonly bgnbd: { readonly params: BgnbdParams; readonly timeUnit: TimeUnit };
  readonly gammaGamma: { readonly params: GammaGammaParams };
}

export interface ClvTableRow {
  readonly customerId: string | number;
  readonly frequency: number;
  /** In the model's time unit. */
  readonly recency: number;
  /** In the model's time unit. */
  readonly age: number;
  readonly probabilityAlive: number;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: number;
  /** Gamma-Gamma expected spend per purchase. */
  readonly expectedSpend: number;
  readonly clv: number;
}

export interface ClvTable {
  readonly rows: readonly ClvTableRow[];
  /** Unit of recency, age and α. */
  readonly modelTimeUnit: TimeUnit;
  readonly periodUnit: TimeUnit;
  readonly horizonPeriods: number;
  /** One period expressed in the model's time unit (e.g. 4.348 weeks per month). */
  readonly periodLengthInModelUnits: number;
  readonly discountRatePerPeriod: number;
  readonly marginRatio: number;
  readonly totalClv: number;
  readonly meanClv: number;
}

/**
 * Per-customer value table: P(alive) and expected purchases over the horizon from BG/NBD, expected spend from
 * Gamma-Gamma, and the discounted CLV of {@link discountedClv}, with the units and rates that produced them.
 * Customers with the same (x, t_x, T, zbar) are computed once.
 *
 * Cost: H conditional expectations per distinct customer history.
 *
 * @throws CoreError CLV_NO_CUSTOMERS, and those of discountedClv, bgnbdProbabilityAlive, gammaGammaExpectedSpend
 * @example
 * const bgnbd = { params: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, timeUnit: "weeks" } as const;
 * const gammaGamma = { params: { p: 6.2488, q: 3.7446, gamma: 15.4477 } };
 * const id1 = { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, meanRepeatSpend: 22.35 };
 * const options = { horizonPeriods: 12, periodUnit: "months", discountRatePerPeriod: 0.01 } as const;
 * clvTable({ customers: [id1], bgnbd, gammaGamma }, options).rows[0]?.clv // 36.3 (CDNOW's ID 1)
 */
export function clvTable(input: ClvTableInput, options: DiscountedClvOptions): ClvTable {
  const { customers, bgnbd, gammaGamma } = input;
  if (customers.length === 0) throw new CoreError("CLV_NO_CUSTOMERS", "At least one customer is needed");
  const periodLength = convertDuration(1, options.periodUnit, bgnbd.timeUnit);
  const cache = new Map<string, Omit<ClvTableRow, "customerId" | "frequency" | "recency" | "age">>();
  let totalClv = 0;
  const rows = customers.map((customer): ClvTableRow => {
    const key = `${customer.frequency}|${customer.recency}|${customer.age}|${customer.meanRepeatSpend}`;
    let values = cache.get(key);
    if (values === undefined) {
      const expectedSpend = gammaGammaExpectedSpend(gammaGamma.params, customer);
      const value = discountedClvForPeriodLength(
        bgnbd.params,
        customer,
        expectedSpend,
        periodLength,
        options,
      );
      values = {
        probabilityAlive: bgnbdProbabilityAlive(bgnbd.params, customer),
        expectedPurchases: value.expectedPurchases,
        expectedSpend,
        clv: value.clv,
      };
      cache.set(key, values);
    }
    totalClv += values.clv;
    const { customerId, frequency, recency, age } = customer;
    return { customerId, frequency, recency, age, ...values };
  });
  return {
    rows,
    modelTimeUnit: bgnbd.timeUnit,
    periodUnit: options.periodUnit,
    horizonPeriods: options.horizonPeriods,
    periodLengthInModelUnits: periodLength,
    discountRatePerPeriod: options.discountRatePerPeriod,
    marginRatio: options.marginRatio ?? 1,
    totalClv,
    meanClv: totalClv / rows.length,
  };
}
