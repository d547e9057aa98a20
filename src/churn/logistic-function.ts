/**
 * P(y = 1) = 1 / (1 + e^−η), without overflow for large |η|.
 *
 * @example logistic(0) // 0.5
 */
export function logistic(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}
