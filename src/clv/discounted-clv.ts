import { CoreError } from "../errors";
import { bgnbdConditionalExpectedPurchases } from "./bgnbd-predict";
import { convertDuration, type TimeUnit } from "./time-unit";
import type { BgnbdParams, BtydHistory } from "./types";

export interface DiscountedClvOptions {
  /** Number of periods in the horizon (whole number ≥ 1). */
  readonly horizonPeriods: number;
  /** Length of one period, e.g. "months"; independent of the unit the model was fitted in. */
  readonly periodUnit: TimeUnit;
  /** Compound discount rate per period (0.01 = 1 % per month); see discountRateForPeriod to convert. */
  readonly discountRatePerPeriod: number;
  /** Share of spend kept as profit. @default 1 (CLV in revenue, not profit) */
  readonly marginRatio?: number;
}

export interface DiscountedClvValue {
  /** Present value of the expected margin over the horizon, in the currency of the spend. */
  readonly clv: number;
  /** Expected purchases over the whole horizon (undiscounted). */
  readonly expectedPurchases: number;
}

/**
 * Discounted CLV of one customer: Σₖ₌₁..H [E[Y(kL) | x, t_x, T] − E[Y((k−1)L) | x, t_x, T]] · spend · margin
 * / (1 + d)ᵏ, where L is one period converted into the model's time unit (a month is 30.4375/7 ≈ 4.348 weeks).
 * The discount rate is per period, and the model's α is per model time unit, so both units are parameters:
 * treating weeks as days (L = 30 for a "month") is the documented pitfall that turns CDNOW ID 1's 12-month
 * value at 1 % a month from about 36.3 into 140.10.
 *
 * Cost: H conditional expectations (one ₂F₁ series each).
 *
 * @throws CoreError CLV_HORIZON_INVALID, DISCOUNT_RATE_INVALID, CLV_MARGIN_INVALID, CLV_SPEND_INVALID, and those
 *   of bgnbdConditionalExpectedPurchases
 * @example
 * const cdnowFit = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
 * const id1 = { frequency: 2, recency: 30.43, age: 38.86 };
 * const options = { horizonPeriods: 12, periodUnit: "months", discountRatePerPeriod: 0.01 } as const;
 * discountedClv(cdnowFit, "weeks", id1, 24.66, options).clv // 36.3
 */
export function discountedClv(
  params: BgnbdParams,
  modelTimeUnit: TimeUnit,
  customer: BtydHistory,
  expectedSpend: number,
  options: DiscountedClvOptions,
): DiscountedClvValue {
  const periodLength = convertDuration(1, options.periodUnit, modelTimeUnit);
  return discountedClvForPeriodLength(params, customer, expectedSpend, periodLength, options);
}

/**
 * {@link discountedClv} with the period length given directly in the model's time unit: the kernel, exposed
 * so that a tool's convention (e.g. 4.345 weeks or, wrongly, 30 units per month) can be reproduced.
 *
 * Cost: as {@link discountedClv}.
 *
 * @throws CoreError as {@link discountedClv}, and CLV_PERIOD_LENGTH_INVALID
 * @example
 * const cdnowFit = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
 * const id1 = { frequency: 2, recency: 30.43, age: 38.86 };
 * const options = { horizonPeriods: 12, periodUnit: "months", discountRatePerPeriod: 0.01 } as const;
 * discountedClvForPeriodLength(cdnowFit, id1, 24.66, 30, options).clv // 140.10 (the pitfall: 30 weeks a "month")
 */
export function discountedClvForPeriodLength(
  params: BgnbdParams,
  customer: BtydHistory,
  expectedSpend: number,
  periodLength: number,
  options: DiscountedClvOptions,
): DiscountedClvValue {
  const { horizonPeriods, discountRatePerPeriod } = options;
  const marginRatio = options.marginRatio ?? 1;
  if (!Number.isInteger(horizonPeriods) || horizonPeriods < 1) {
    throw new CoreError(
      "CLV_HORIZON_INVALID",
      `The horizon must be a whole number of periods ≥ 1 (got ${horizonPeriods})`,
    );
  }
  if (!Number.isFinite(discountRatePerPeriod) || discountRatePerPeriod <= -1) {
    throw new CoreError(
      "DISCOUNT_RATE_INVALID",
      `The discount rate must be above −1 (got ${discountRatePerPeriod})`,
    );
  }
  if (!Number.isFinite(marginRatio) || marginRatio < 0) {
    throw new CoreError("CLV_MARGIN_INVALID", `The margin must be ≥ 0 (got ${marginRatio})`);
  }
  if (!Number.isFinite(expectedSpend) || expectedSpend < 0) {
    throw new CoreError("CLV_SPEND_INVALID", `The expected spend must be ≥ 0 (got ${expectedSpend})`);
  }
  if (!Number.isFinite(periodLength) || periodLength <= 0) {
    throw new CoreError(
      "CLV_PERIOD_LENGTH_INVALID",
      `The period length must be above 0 (got ${periodLength})`,
    );
  }
  let clv = 0;
  let previous = 0;
  for (let period = 1; period <= horizonPeriods; period++) {
    const cumulative = bgnbdConditionalExpectedPurchases(params, customer, period * periodLength);
    clv +=
      ((cumulative - previous) * expectedSpend * marginRatio) / Math.pow(1 + discountRatePerPeriod, period);
    previous = cumulative;
  }
  return { clv, expectedPurchases: previous };
}
