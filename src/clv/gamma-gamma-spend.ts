import { CoreError } from "../errors";
import type { GammaGammaParams, SpendHistory } from "./types";

/**
 * Conditional expected average spend per transaction of a customer with x repeat purchases of mean zbar
 * (Fader & Hardie 2013, note 025, eq. 5): E[M | x, zbar] = p·(γ + x·zbar) / (p·x + q − 1), a weighted mean
 * of the population mean p·γ/(q−1) and the customer's own zbar. A customer with x = 0 gets the population
 * mean. CDNOW IDs 1–10: 24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17.
 *
 * Cost: O(1).
 *
 * @throws CoreError GAMMAGAMMA_PARAMS_INVALID (not positive, or q ≤ 1 where the mean is undefined),
 *   BTYD_CUSTOMER_INVALID (x not a whole number ≥ 0, or zbar ≤ 0 with x > 0)
 * @example gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, { frequency: 2, meanRepeatSpend: 22.35 }) // 24.663713910761153
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, customer: SpendHistory): number {
  validateParams(params);
  const { frequency: x, meanRepeatSpend } = customer;
  if (
    !Number.isInteger(x) ||
    x < 0 ||
    (x > 0 && !(meanRepeatSpend > 0 && Number.isFinite(meanRepeatSpend)))
  ) {
    throw new CoreError(
      "BTYD_CUSTOMER_INVALID",
      `A customer's repeat purchases must be a whole number ≥ 0 and, when above 0, their average repeat spend above 0 (customer ${String(customer.customerId ?? "without id")})`,
    );
  }
  const { p, q, gamma } = params;
  if (x === 0) return (p * gamma) / (q - 1);
  return (p * (gamma + x * meanRepeatSpend)) / (p * x + q - 1);
}

/**
 * Population mean spend per transaction under the Gamma-Gamma model: E[M] = p·γ / (q − 1), defined for q > 1.
 *
 * Cost: O(1).
 *
 * @throws CoreError GAMMAGAMMA_PARAMS_INVALID
 * @example gammaGammaMeanSpend({ p: 6.25, q: 3.74, gamma: 15.44 }) // 35.21897810218978
 */
export function gammaGammaMeanSpend(params: GammaGammaParams): number {
  validateParams(params);
  return (params.p * params.gamma) / (params.q - 1);
}

function validateParams(params: GammaGammaParams): void {
  const { p, q, gamma } = params;
  if (![p, q, gamma].every((value) => Number.isFinite(value) && value > 0) || q <= 1) {
    throw new CoreError(
      "GAMMAGAMMA_PARAMS_INVALID",
      `The spend model's parameters must be positive finite p, q, gamma with q > 1 (got p=${p}, q=${q}, gamma=${gamma})`,
    );
  }
}
