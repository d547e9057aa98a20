// The clustering core's public surface: import from "src/cluster" rather than from the files.
export type { NumericMatrix } from "./matrix";
export { countDistinctRowsUpTo } from "./matrix";
export type { RandomSource } from "./random";
export { createRandom, xoshiro128StarStar } from "./random";
export type {
  ColumnScaling,
  ConstantColumnPolicy,
  StandardizedMatrix,
  StandardizeOptions,
} from "./standardize";
export { standardizeColumns, toOriginalUnits } from "./standardize";
export type { CollapsedRows } from "./collapse-rows";
export { collapseIdenticalRows, expandLabels } from "./collapse-rows";
export type { ClusterOrderKey, KMeansOptions } from "./kmeans-options";
export { KMEANS_DEFAULTS } from "./kmeans-options";
export type { KMeansProgress, KMeansResult } from "./kmeans-run";
export { kmeans, kmeansSteps } from "./kmeans";
export type { ElbowOptions, ElbowProgress, ElbowRun, ElbowSweepResult } from "./elbow";
export { elbowSweep, elbowSweepSteps } from "./elbow";
export type { KneeCurve, KneeDirection, KneedleOptions, KneedleResult, KneePoint } from "./kneedle";
export { kneedle } from "./kneedle";
export type { SilhouetteOptions, SilhouetteScore } from "./silhouette";
export { silhouetteSamples, silhouetteScore } from "./silhouette";
export type { SilhouetteValues } from "./silhouette-from-sums";
export { silhouetteFromDistances } from "./silhouette-distances";
export { calinskiHarabasz } from "./calinski-harabasz";
export { daviesBouldin } from "./davies-bouldin";
export type { KCriterion, KCriterionVote, KRecommendation } from "./recommend-k";
export { K_CRITERIA, recommendK } from "./recommend-k";
export type { RecommendationText } from "./describe-recommendation";
export { describeRecommendation } from "./describe-recommendation";
export { describeSweepNotes } from "./describe-sweep-notes";
export type { SweepRecommendation } from "./sweep-recommendation";
export { sweepRecommendation } from "./sweep-recommendation";
export type { KMeansProblem, RestartOutcome, RestartSolver } from "./restart-solver";
export { createRestartSolver } from "./restart-solver";
export type { KMeansTask, KMeansTaskRunner } from "./parallel-sweep";
export { elbowSweepParallel, serialTaskRunner, solveTask, sweepTasks } from "./parallel-sweep";
