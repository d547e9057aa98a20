import { kmeansAt, kmeansSweep } from "../../src/analysis/kmeans-settings";
import type { NumericMatrix } from "../../src/cluster";
import type { Locale } from "../../src/i18n/locale";
import { elbowRows } from "../../src/report/kmeans-elbow-rows";

/** =KMEANS.LABELS' points after the function read them (blank and bad rows already left out). */
export interface KmeansLabelsRequest {
  readonly matrix: NumericMatrix;
  readonly clusterCount: number;
  readonly seed: number;
}

/**
 * The k-means of =KMEANS.LABELS (the kmeans command's at one k: same restarts and scaling): the cluster (1 to k)
 * of each matrix row, in matrix-row order; the function puts them back among the range's blank and bad rows.
 * Core errors (e.g. K_INVALID) reject the job.
 */
export function kmeansLabelsJob(request: KmeansLabelsRequest): number[] {
  const { labels } = kmeansAt(request.matrix, request.clusterCount, { seed: request.seed });
  return Array.from(labels, (label) => label + 1);
}

/** =KMEANS.ELBOW's points and options after the function read and checked them. */
export interface KmeansElbowRequest {
  readonly matrix: NumericMatrix;
  readonly kMax: number;
  readonly seed: number;
  readonly locale: Locale;
}

/** The elbow sweep of =KMEANS.ELBOW (the kmeans command's sweep from k = 1), as the cells it spills. */
export function kmeansElbowJob(request: KmeansElbowRequest): unknown[][] {
  const sweep = kmeansSweep(request.matrix, { kMin: 1, kMax: request.kMax, seed: request.seed });
  return elbowRows(sweep, request.locale);
}
