import { CoreError } from "../errors";
import { FUNCTION_FEATURES, signedLogSpend, type ChurnFeature } from "./churn-features";
import type { ChurnLogisticModel } from "./churn-types";
import { logistic } from "./logistic-regression";

/**
 * The coefficients row that =CHURN.PROBABILITY takes and the Churn sheet writes, 13 numbers:
 * intercept; the weights of recency days, purchase days, log spend and tenure days (on standardised values);
 * the training means of those four; their standard deviations. It holds a logistic model fitted on exactly
 * these four features (FUNCTION_FEATURES), on the same training members as the sheet's full model, so that a
 * member's raw recency, frequency, monetary and tenure suffice to score it. A feature that was constant in
 * training has weight 0, mean 0 and standard deviation 1.
 */
export const COEFFICIENT_ROW_LENGTH = 1 + 3 * FUNCTION_FEATURES.length;

/** A member's four raw inputs of =CHURN.PROBABILITY. */
export interface FunctionInputs {
  readonly recencyDays: number;
  /** Distinct purchase days. */
  readonly purchaseDays: number;
  /** Total spend; the model uses sign(S) ln(1 + |S|). */
  readonly spend: number;
  readonly tenureDays: number;
}

/**
 * Checks a coefficients row ({@link COEFFICIENT_ROW_LENGTH} finite numbers, standard deviations above 0).
 *
 * @throws CoreError CHURN_COEFFICIENTS_INVALID (details.value: the count, or the 1-based position at fault)
 * @example
 * checkCoefficientRow([0.8, 1.9, 0.03, 0.1, 0.2, 90, 3, 5, 200, 80, 2, 1, 70]) // undefined (valid)
 * checkCoefficientRow([0.8, 1.9, 0.03, 0.1, 0.2, 90, 3, 5, 200, 80, 2, 0, 70]) // throws CoreError CHURN_COEFFICIENTS_INVALID
 */
export function checkCoefficientRow(row: readonly number[]): void {
  if (row.length !== COEFFICIENT_ROW_LENGTH) {
    throw new CoreError(
      "CHURN_COEFFICIENTS_INVALID",
      `The ${COEFFICIENT_ROW_LENGTH} numbers of the Churn sheet's coefficients row are needed (got ${row.length})`,
      { argument: "coefficients", value: row.length, bound: COEFFICIENT_ROW_LENGTH },
    );
  }
  row.forEach((value, index) => {
    const isScale = index >= 1 + 2 * FUNCTION_FEATURES.length;
    if (!Number.isFinite(value) || (isScale && !(value > 0))) {
      throw new CoreError(
        "CHURN_COEFFICIENTS_INVALID",
        `Coefficient ${index + 1} must be a finite number${isScale ? " above 0 (a standard deviation)" : ""} (got ${value})`,
        { argument: "coefficients", value: index + 1 },
      );
    }
  });
}

/**
 * P(churn) = 1 / (1 + e^−η), η = intercept + Σ wⱼ (xⱼ − meanⱼ) / sdⱼ over recency days, purchase days,
 * sign(S) ln(1 + |S|) of the spend S, and tenure days.
 *
 * Cost: O(1).
 *
 * @throws CoreError CHURN_COEFFICIENTS_INVALID (see {@link checkCoefficientRow})
 * @example probabilityFromRow([0, 1, 0, 0, 0, 10, 0, 0, 0, 5, 1, 1, 1], { recencyDays: 10, purchaseDays: 1, spend: 0, tenureDays: 0 }) // 0.5
 */
export function probabilityFromRow(row: readonly number[], inputs: FunctionInputs): number {
  checkCoefficientRow(row);
  const values = [inputs.recencyDays, inputs.purchaseDays, signedLogSpend(inputs.spend), inputs.tenureDays];
  const count = FUNCTION_FEATURES.length;
  let eta = row[0] as number;
  values.forEach((value, index) => {
    const weight = row[1 + index] as number;
    const mean = row[1 + count + index] as number;
    const sd = row[1 + 2 * count + index] as number;
    eta += (weight * (value - mean)) / sd;
  });
  return logistic(eta);
}

/**
 * The coefficients row of a model fitted on some or all of FUNCTION_FEATURES (a feature it dropped gets
 * weight 0, mean 0 and standard deviation 1).
 *
 * @example coefficientRowOf({ features: [], weights: [], intercept: 0.4, means: [], standardDeviations: [] }) // [0.4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
 */
export function coefficientRowOf(
  model: Pick<ChurnLogisticModel, "features" | "weights" | "intercept" | "means" | "standardDeviations">,
): number[] {
  const column = (feature: ChurnFeature): number => model.features.indexOf(feature);
  const pick = (values: readonly number[], fallback: number): number[] =>
    FUNCTION_FEATURES.map((feature) =>
      column(feature) < 0 ? fallback : (values[column(feature)] as number),
    );
  return [
    model.intercept,
    ...pick(model.weights, 0),
    ...pick(model.means, 0),
    ...pick(model.standardDeviations, 1),
  ];
}
