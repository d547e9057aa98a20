import type { DenseLabels } from "./cluster-labels";

export interface SilhouetteValues {
  /** Weighted mean silhouette over all rows (weights count copies). */
  readonly mean: number;
  /** Silhouette of each row, −1..1. */
  readonly perRow: Float64Array;
}

/**
 * Silhouettes from per-row, per-cluster sums of weighted distances (`sums[row × clusters + cluster]` =
 * Σ weight × distance to that cluster's other rows): a = mean distance to the own cluster's other members,
 * b = the lowest mean distance to another cluster, s = (b − a) / max(a, b) (Rousseeuw 1987), 0 when
 * a = b = 0 and for a member alone in its cluster (scikit-learn's conventions).
 *
 * Weights count copies: a row of weight w stands for w identical members, so its own cluster has
 * (cluster weight − 1) other members, the copies at distance 0. Collapsed identical rows therefore give the
 * silhouette of the expanded data; with all weights 1 this is scikit-learn's silhouette_samples.
 *
 * Cost: O(rows × clusters).
 */
export function silhouetteFromSums(
  sums: Float64Array,
  dense: DenseLabels,
  weights: Float64Array | undefined,
): SilhouetteValues {
  const { labels, clusterCount, clusterWeights, totalWeight } = dense;
  const perRow = new Float64Array(labels.length);
  let weightedSum = 0;
  for (let row = 0; row < labels.length; row++) {
    const own = labels[row] as number;
    const ownMembers = (clusterWeights[own] as number) - 1;
    let silhouette = 0;
    if (ownMembers > 0) {
      const within = (sums[row * clusterCount + own] as number) / ownMembers;
      let nearest = Infinity;
      for (let cluster = 0; cluster < clusterCount; cluster++) {
        if (cluster === own) continue;
        const between = (sums[row * clusterCount + cluster] as number) / (clusterWeights[cluster] as number);
        if (between < nearest) nearest = between;
      }
      const larger = Math.max(within, nearest);
      silhouette = larger > 0 ? (nearest - within) / larger : 0;
    }
    perRow[row] = silhouette;
    weightedSum += (weights?.[row] ?? 1) * silhouette;
  }
  return { mean: weightedSum / totalWeight, perRow };
}
