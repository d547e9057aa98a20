import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import type { ChurnFeature } from "./churn-features";
import type { ChurnLogisticModel } from "./churn-types";
import { featureScaling, standardizedRows, type FeatureScaling } from "./feature-scaling";
import { fitLogisticL2, LOGISTIC_DEFAULTS, logistic } from "./logistic-regression";
import type { MemberFeatureMatrix } from "./member-features";

/**
 * Standardises the training members' features (dropping constant ones) and fits the L2 logistic model on them.
 * `only` restricts the features (the four of =CHURN.PROBABILITY); then no feature left is allowed (an
 * intercept-only model), otherwise it is an error.
 *
 * Cost: O(iterations × training members × features²).
 *
 * @throws CoreError CHURN_FEATURES_CONSTANT when every feature is constant among the training members
 */
export function fitChurnModel(
  matrix: MemberFeatureMatrix,
  isTraining: (row: number) => boolean,
  trainingLabels: Uint8Array,
  only?: readonly ChurnFeature[],
): ChurnLogisticModel {
  const scaling = featureScaling(matrix, isTraining, only);
  if (scaling.features.length === 0 && only === undefined) {
    throw new CoreError(
      "CHURN_FEATURES_CONSTANT",
      `Every measure (${scaling.dropped.map(plainName).join(", ")}) has the same value for all training members, so no member can be ranked above another`,
      { argument: "features", value: scaling.dropped.join(", ") },
    );
  }
  const design = standardizedRows(matrix, scaling, isTraining);
  const fit = fitLogisticL2(design, trainingLabels, scaling.features.length);
  return {
    kind: "logisticL2",
    inverseRegularization: LOGISTIC_DEFAULTS.inverseRegularization,
    features: scaling.features,
    weights: fit.weights,
    intercept: fit.intercept,
    means: scaling.means,
    standardDeviations: scaling.standardDeviations,
    dropped: scaling.dropped,
    converged: fit.converged,
    iterations: fit.iterations,
    gradientNorm: fit.gradientNorm,
  };
}

/**
 * The model's churn probability for the rows picked by `useRow` (all by default), in row order.
 *
 * Cost: O(rows × features).
 */
export function predictRows(
  model: ChurnLogisticModel,
  matrix: MemberFeatureMatrix,
  useRow: (row: number) => boolean = () => true,
): Float64Array {
  const width = model.features.length;
  let rows = 0;
  for (let row = 0; row < matrix.members.length; row++) if (useRow(row)) rows++;
  const design = standardizedRows(matrix, modelScaling(model, matrix), useRow);
  const probabilities = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let eta = model.intercept;
    for (let column = 0; column < width; column++) {
      eta += (model.weights[column] as number) * (design[row * width + column] as number);
    }
    probabilities[row] = logistic(eta);
  }
  return probabilities;
}

/** The model's scaling expressed against another matrix's columns (the scoring matrix has the same features). */
export function modelScaling(model: ChurnLogisticModel, matrix: MemberFeatureMatrix): FeatureScaling {
  return {
    features: model.features,
    columns: model.features.map((feature) => matrix.features.indexOf(feature)),
    means: model.means,
    standardDeviations: model.standardDeviations,
    dropped: model.dropped,
  };
}
