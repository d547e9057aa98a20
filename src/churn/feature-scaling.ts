import type { ChurnFeature } from "./churn-features";
import type { MemberFeatureMatrix } from "./member-features";

/** Means and standard deviations of the training members, and which features the model keeps. */
export interface FeatureScaling {
  /** The features kept (not constant among the training members), in matrix order. */
  readonly features: readonly ChurnFeature[];
  /** Their columns in the feature matrix. */
  readonly columns: readonly number[];
  readonly means: readonly number[];
  /** Population standard deviations (divisor n), as scikit-learn's StandardScaler. */
  readonly standardDeviations: readonly number[];
  /** Features left out because every training member has the same value. */
  readonly dropped: readonly ChurnFeature[];
}

/**
 * z = (x − mean) / sd per feature, with the mean and population standard deviation of the rows picked by
 * `useRow` (the training members), as scikit-learn's StandardScaler. A feature counts as constant when
 * sd ≤ 1e-12 · max(1, |mean|) (equal values can leave a rounding residue) and is dropped: StandardScaler
 * would turn it into zeros, which an L2-penalised fit gives weight 0 anyway, so dropping it changes no
 * prediction and lets the sheet say so.
 *
 * Cost: O(rows × features).
 *
 * @param only restricts the features considered (the four-feature model of =CHURN.PROBABILITY)
 * @example
 * const matrix = { features: ["recencyDays", "couponShare"] as const, members: Int32Array.of(0, 1, 2),
 *   values: Float64Array.of(10, 0, 30, 0, 50, 1), spend: Float64Array.of(5, 5, 5), asOfDay: 100 };
 * const scaling = featureScaling(matrix, (row) => row < 2);
 * scaling.dropped // ["couponShare"] (0 for both training rows, 0 and 1)
 * scaling.means // [20]
 * scaling.standardDeviations // [10] (√((10² + 10²) / 2), divisor n)
 */
export function featureScaling(
  matrix: MemberFeatureMatrix,
  useRow: (row: number) => boolean,
  only?: readonly ChurnFeature[],
): FeatureScaling {
  const width = matrix.features.length;
  const rows = matrix.members.length;
  const features: ChurnFeature[] = [];
  const columns: number[] = [];
  const means: number[] = [];
  const standardDeviations: number[] = [];
  const dropped: ChurnFeature[] = [];
  matrix.features.forEach((feature, column) => {
    if (only !== undefined && !only.includes(feature)) return;
    let count = 0;
    let sum = 0;
    for (let row = 0; row < rows; row++) {
      if (!useRow(row)) continue;
      sum += matrix.values[row * width + column] as number;
      count++;
    }
    const mean = sum / count;
    let squares = 0;
    for (let row = 0; row < rows; row++) {
      if (useRow(row)) squares += ((matrix.values[row * width + column] as number) - mean) ** 2;
    }
    const sd = Math.sqrt(squares / count);
    if (sd <= 1e-12 * Math.max(1, Math.abs(mean))) {
      dropped.push(feature);
      return;
    }
    features.push(feature);
    columns.push(column);
    means.push(mean);
    standardDeviations.push(sd);
  });
  return { features, columns, means, standardDeviations, dropped };
}

/**
 * The standardised values of the kept features for the rows picked by `useRow` (all when omitted),
 * row-major. Cost: O(rows × features).
 */
export function standardizedRows(
  matrix: MemberFeatureMatrix,
  scaling: FeatureScaling,
  useRow: (row: number) => boolean = () => true,
): Float64Array {
  const width = matrix.features.length;
  const kept = scaling.columns.length;
  let count = 0;
  for (let row = 0; row < matrix.members.length; row++) if (useRow(row)) count++;
  const out = new Float64Array(count * kept);
  let next = 0;
  for (let row = 0; row < matrix.members.length; row++) {
    if (!useRow(row)) continue;
    for (let index = 0; index < kept; index++) {
      const value = matrix.values[row * width + (scaling.columns[index] as number)] as number;
      out[next++] =
        (value - (scaling.means[index] as number)) / (scaling.standardDeviations[index] as number);
    }
  }
  return out;
}
