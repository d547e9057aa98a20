import { CoreError } from "../errors";

/** healthy: CLV ≥ 3 × CPA; marginal: CPA ≤ CLV < 3 × CPA; unprofitable: CLV < CPA. */
export type CpaVerdict = "healthy" | "marginal" | "unprofitable";

export interface CpaComparison {
  /** CLV / CPA. */
  readonly clvToCpaRatio: number;
  /** CLV − CPA: what a member is worth after paying for their acquisition. */
  readonly valueAfterAcquisition: number;
  readonly verdict: CpaVerdict;
}

export interface CpaThresholds {
  /** Ratio from which acquisition is healthy (the common 3:1 LTV:CAC rule of thumb). @default 3 */
  readonly healthyRatio?: number;
}

/**
 * Compares a customer lifetime value with the cost of acquiring a customer (CPA / CAC), as the article
 * suggests: acquisition pays only while CLV exceeds CPA. The ratio, the value left after acquisition and a
 * verdict: unprofitable below 1, marginal from 1 up to the healthy ratio (default 3), healthy from it on.
 *
 * Cost: O(1).
 *
 * @throws CoreError CPA_INVALID (CPA not above 0), CLV_VALUE_INVALID (CLV not finite), CPA_THRESHOLD_INVALID
 * @example compareClvToCpa(150, 40) // { clvToCpaRatio: 3.75, valueAfterAcquisition: 110, verdict: "healthy" }
 */
export function compareClvToCpa(clv: number, cpa: number, thresholds: CpaThresholds = {}): CpaComparison {
  const healthyRatio = thresholds.healthyRatio ?? 3;
  if (!Number.isFinite(cpa) || cpa <= 0) {
    throw new CoreError("CPA_INVALID", `The acquisition cost must be above 0 (got ${String(cpa)})`);
  }
  if (!Number.isFinite(clv)) {
    throw new CoreError(
      "CLV_VALUE_INVALID",
      `The lifetime value must be a finite number (got ${String(clv)})`,
    );
  }
  if (!Number.isFinite(healthyRatio) || healthyRatio < 1) {
    throw new CoreError(
      "CPA_THRESHOLD_INVALID",
      `The healthy ratio of lifetime value to acquisition cost must be ≥ 1 (got ${String(healthyRatio)})`,
    );
  }
  const clvToCpaRatio = clv / cpa;
  const verdict: CpaVerdict =
    clvToCpaRatio >= healthyRatio ? "healthy" : clvToCpaRatio >= 1 ? "marginal" : "unprofitable";
  return { clvToCpaRatio, valueAfterAcquisition: clv - cpa, verdict };
}
