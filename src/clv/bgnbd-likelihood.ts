import { logGammaPositive } from "./log-gamma";
import type { BgnbdParams, BtydCustomer } from "./types";

/** Customers grouped by identical (x, t_x, T): the likelihood is evaluated once per group, weighted by its size. */
export interface BtydGroups {
  readonly frequency: Float64Array;
  /** The distinct frequencies, and each group's index into them (ln Γ terms depend on x alone). */
  readonly distinctFrequencies: Float64Array;
  readonly frequencySlot: Int32Array;
  readonly recency: Float64Array;
  readonly age: Float64Array;
  readonly count: Float64Array;
}

/**
 * Groups customers by identical (frequency, recency, age). On the CDNOW summary 2,357 customers form 1,016
 * groups, so a likelihood evaluation costs 1,016 terms instead of 2,357.
 *
 * Cost: O(n).
 *
 * @example
 * import { cdnowCustomers } from "../../test/src/clv/cdnow-fixture";
 * groupBtydCustomers(cdnowCustomers()).count.length // 1016
 */
export function groupBtydCustomers(customers: readonly BtydCustomer[]): BtydGroups {
  const indexByKey = new Map<string, number>();
  const rows: { frequency: number; recency: number; age: number; count: number }[] = [];
  for (const { frequency, recency, age } of customers) {
    const key = `${frequency}|${recency}|${age}`;
    const index = indexByKey.get(key);
    if (index === undefined) {
      indexByKey.set(key, rows.length);
      rows.push({ frequency, recency, age, count: 1 });
    } else {
      (rows[index] as { count: number }).count++;
    }
  }
  const distinctFrequencies = [...new Set(rows.map((row) => row.frequency))];
  const slotOf = new Map(distinctFrequencies.map((frequency, slot) => [frequency, slot]));
  return {
    frequency: Float64Array.from(rows, (row) => row.frequency),
    distinctFrequencies: Float64Array.from(distinctFrequencies),
    frequencySlot: Int32Array.from(rows, (row) => slotOf.get(row.frequency) as number),
    recency: Float64Array.from(rows, (row) => row.recency),
    age: Float64Array.from(rows, (row) => row.age),
    count: Float64Array.from(rows, (row) => row.count),
  };
}

/**
 * BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), summed over customers, computed in log space:
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *        + ln[ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+t_x)^−(r+x) ],
 * the last bracket by log-sum-exp so that large x or T cannot underflow. The parameters must be positive
 * (the fitting routine guarantees it); inputs are assumed validated. The ln Γ terms are computed once per
 * distinct x (about 30 on CDNOW), the rest once per group.
 *
 * Cost: O(g + distinct x) for g groups.
 *
 * @example
 * import { cdnowCustomers } from "../../test/src/clv/cdnow-fixture";
 * const groups = groupBtydCustomers(cdnowCustomers());
 * bgnbdLogLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, groups) // -9582.4 (CDNOW, as published)
 */
export function bgnbdLogLikelihood(params: BgnbdParams, groups: BtydGroups): number {
  const { r, alpha, a, b } = params;
  const constant = -logGammaPositive(r) + r * Math.log(alpha) + logGammaPositive(a + b) - logGammaPositive(b);
  const byFrequency = new Float64Array(groups.distinctFrequencies.length);
  groups.distinctFrequencies.forEach((x, slot) => {
    byFrequency[slot] =
      constant + logGammaPositive(r + x) + logGammaPositive(b + x) - logGammaPositive(a + b + x);
  });
  const logA = Math.log(a);
  let total = 0;
  for (let index = 0; index < groups.count.length; index++) {
    const x = groups.frequency[index] as number;
    const aliveTerm = -(r + x) * Math.log(alpha + (groups.age[index] as number));
    let logBracket = aliveTerm;
    if (x > 0) {
      const dropoutTerm =
        logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + (groups.recency[index] as number));
      logBracket = logAddExp(aliveTerm, dropoutTerm);
    }
    total +=
      (groups.count[index] as number) *
      ((byFrequency[groups.frequencySlot[index] as number] as number) + logBracket);
  }
  return total;
}

/** ln(eˣ + eʸ) without overflow. */
export function logAddExp(left: number, right: number): number {
  const larger = Math.max(left, right);
  return larger + Math.log1p(Math.exp(Math.min(left, right) - larger));
}
