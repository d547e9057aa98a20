import { bgnbdConditionalExpectedPurchases, bgnbdProbabilityAlive } from "./bgnbd-predict";
import type { BgnbdParams, BtydCustomer } from "./types";

/** One customer's BG/NBD figures: the history (in the model's unit) and what the fit says of it. */
export interface BgnbdMember {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
  readonly probabilityAlive: number;
  /** Expected purchases over the next `horizonInModelUnits`. */
  readonly expectedPurchases: number;
}

/**
 * P(alive) and conditional expected purchases over the next `horizonInModelUnits` for every customer, in
 * input order (Fader, Hardie & Lee 2005, eq. 10 and 11 via bgnbd-predict.ts). Customers with the same
 * (x, t_x, T) are computed once: on CDNOW 2,357 customers share a few hundred histories.
 *
 * Cost: O(customers + distinct histories × the hypergeometric series).
 *
 * @throws CoreError as bgnbdProbabilityAlive and bgnbdConditionalExpectedPurchases (BGNBD_PARAMS_INVALID,
 *   BGNBD_HORIZON_INVALID, BTYD_CUSTOMER_INVALID)
 * @example
 * const cdnowFit = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
 * const id1 = { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, meanRepeatSpend: 22.35 };
 * bgnbdMembers(cdnowFit, [id1], 39)[0]?.expectedPurchases // 1.226 (as published for CDNOW's ID 1)
 */
export function bgnbdMembers(
  params: BgnbdParams,
  customers: readonly BtydCustomer[],
  horizonInModelUnits: number,
): BgnbdMember[] {
  const cache = new Map<string, readonly [number, number]>();
  return customers.map((customer) => {
    const key = `${customer.frequency}|${customer.recency}|${customer.age}`;
    let values = cache.get(key);
    if (values === undefined) {
      values = [
        bgnbdProbabilityAlive(params, customer),
        bgnbdConditionalExpectedPurchases(params, customer, horizonInModelUnits),
      ];
      cache.set(key, values);
    }
    const { frequency, recency, age } = customer;
    return {
      id: String(customer.customerId),
      frequency,
      recency,
      age,
      probabilityAlive: values[0],
      expectedPurchases: values[1],
    };
  });
}
