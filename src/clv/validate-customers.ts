import { CoreError } from "../errors";
import type { BtydCustomer, BtydHistory } from "./types";

/**
 * Throws unless every summary row is usable by the BTYD models: frequency a whole number ≥ 0, recency and age
 * finite with 0 ≤ recency ≤ age (a recency above the age usually means swapped columns), recency 0 when
 * frequency is 0, and mean repeat spend finite.
 *
 * Cost: O(n).
 *
 * @throws CoreError BTYD_CUSTOMER_INVALID (naming the row and the field)
 * @example
 * validateBtydCustomers([{ customerId: 1, frequency: 2, recency: 30.43, age: 38.86, meanRepeatSpend: 22.35 }]) // undefined
 * validateBtydCustomers([{ customerId: 1, frequency: 2, recency: 40, age: 38.86, meanRepeatSpend: 22.35 }])
 * // throws CoreError BTYD_CUSTOMER_INVALID (recency above age)
 */
export function validateBtydCustomers(customers: readonly BtydCustomer[]): void {
  customers.forEach((customer, index) => {
    const problem = describeHistoryProblem(customer) ?? describeSpendProblem(customer);
    if (problem !== undefined) {
      throw new CoreError(
        "BTYD_CUSTOMER_INVALID",
        `The ${problem} (row ${index + 1}, customer ${String(customer.customerId)})`,
      );
    }
  });
}

/**
 * As {@link validateBtydCustomers} for one customer's (x, t_x, T) only, as the BG/NBD predictions take it.
 *
 * Cost: O(1).
 *
 * @throws CoreError BTYD_CUSTOMER_INVALID
 * @example
 * validateBtydHistory({ frequency: 0, recency: 0, age: 12 }) // undefined
 * validateBtydHistory({ frequency: 0, recency: 3, age: 12 })
 * // throws CoreError BTYD_CUSTOMER_INVALID (recency without a repeat purchase)
 */
export function validateBtydHistory(history: BtydHistory): void {
  const problem = describeHistoryProblem(history);
  if (problem !== undefined) throw new CoreError("BTYD_CUSTOMER_INVALID", `The ${problem}`);
}

function describeHistoryProblem(history: BtydHistory): string | undefined {
  const { frequency, recency, age } = history;
  if (!Number.isInteger(frequency) || frequency < 0)
    return `number of repeat purchases must be a whole number ≥ 0 (got ${frequency})`;
  if (!Number.isFinite(age) || age < 0)
    return `time since the first purchase must be a finite number ≥ 0 (got ${age})`;
  if (!Number.isFinite(recency) || recency < 0)
    return `time from the first to the last purchase must be a finite number ≥ 0 (got ${recency})`;
  if (recency > age)
    return `time from the first to the last purchase (${recency}) is longer than the time since the first purchase (${age})`;
  if (frequency === 0 && recency !== 0)
    return `time from the first to the last purchase must be 0 without repeat purchases (got ${recency})`;
  return undefined;
}

function describeSpendProblem(customer: BtydCustomer): string | undefined {
  const { meanRepeatSpend } = customer;
  if (!Number.isFinite(meanRepeatSpend))
    return `average repeat spend must be a finite number (got ${meanRepeatSpend})`;
  return undefined;
}
