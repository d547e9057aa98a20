import { CoreError } from "../src/errors";
import { inFunctionTerms, optionalNumber, readDataPoints } from "./kmeans-data";
import { numberFromCell } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";

/** Each k of the sweep is up to 10 seeded k-means++ runs: more belongs to the task pane or the command line. */
const MAX_K = 50;

/**
 * Cluster of each row by k-means (k-means++ start, best of 10 seeded restarts, Lloyd iterations, as scikit-learn's KMeans). Rows are points, columns are features (put features on comparable scales first, e.g. with STANDARDIZE). Spills one cluster number per row, 1 to k: cluster 1 has the highest centre on the first column (ties: on the second column), so recalculation and reruns do not shuffle numbers. Seeded (default seed 0): recalculation gives the same result. A row whose cells are all blank stays blank; a row with a blank, text or error cell (e.g. #N/A) gives #VALUE! naming the cell in that row only and is left out. Rows after the last row with data are not data and get no result, so a whole-column range such as B:D works (desktop Excel passes blank cells as 0: trailing rows of blanks or 0s are cut off, but a blank row between data rows arrives as 0s and is clustered as a point of 0s). Over 50,000 rows with data gives #VALUE!: use the task pane or the command line (commerce-analytics kmeans).
 * @customfunction KMEANS.LABELS
 * @cancelable
 * @param data Points to cluster, one row per point, one column per feature, e.g. B2:D500. All-blank rows stay blank; trailing rows of blanks or 0s are not data. A row with a blank, text or error cell: #VALUE! naming it in that row only.
 * @param k Number of clusters, a whole number from 1 to the number of distinct rows.
 * @param [seed] Seed of the random start (default 0; also blank): the same data and seed give the same clusters.
 * @returns One cluster number (1 to k) per row of data.
 */
export async function kmeansLabels(
  data: unknown[][],
  k: unknown,
  seed?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const points = readDataPoints(data, "KMEANS.LABELS");
    // Too few good rows to cluster: the bad cell is the better explanation.
    if (points.matrix.rows < 2 && points.firstProblem !== null) throw points.firstProblem;
    const clusterCount = numberFromCell(k, "KMEANS.LABELS: k");
    const seedValue = optionalNumber(seed, 0, "KMEANS.LABELS: seed");
    // The k-means runs as an engine job (the pane's worker in the browser); the rows' own errors stay here.
    const labels = await runFunctionJob(
      "kmeansLabels",
      { matrix: points.matrix, clusterCount, seed: seedValue },
      invocation,
    );
    return points.rowOutcomes.map((outcome) => {
      if (outcome === "blank") return [""];
      if (typeof outcome !== "number") return [toExcelError(outcome)];
      return [labels[outcome] as number];
    });
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error, "KMEANS.LABELS"))]];
  }
}

/**
 * Elbow table of k-means for k = 1 to k_max on the rows of data (rows are points, columns are features): for each k the within-cluster sum of squares (inertia), its drop from k − 1, the mean silhouette, the Calinski-Harabasz and the Davies-Bouldin index, and the elbow (Kneedle) marked; a last row gives the recommended k (the k most of these criteria point to) and says when they disagree. Same k-means as KMEANS.LABELS (10 seeded restarts; default seed 0), so recalculation gives the same table. k stops at the number of distinct rows. Rows whose cells are all blank, and trailing rows of blanks or 0s (a whole-column range on desktop Excel, which passes blank cells as 0), are left out; any other blank, text or error cell (e.g. #N/A) gives #VALUE! naming it. k_max blank or 0 (desktop's empty cell) means 10. Over 50,000 rows with data gives #VALUE!: use the task pane or the command line (commerce-analytics kmeans).
 * @customfunction KMEANS.ELBOW
 * @cancelable
 * @param data Points to cluster, one row per point, one column per feature, e.g. B2:D500. All-blank rows and trailing rows of blanks or 0s are left out; a blank, text or error cell elsewhere gives one #VALUE! naming it (every k's figures depend on every point).
 * @param [k_max] Largest k to try, 2 to 50 (default 10; blank or 0 means the default).
 * @param [seed] Seed of the random start (default 0; also blank).
 * @param [language] Language of the headers and notes: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
 * @returns A table with a header row: k, sum of squares, drop, silhouette, Calinski-Harabasz, Davies-Bouldin, elbow; then the recommended k.
 */
export async function kmeansElbow(
  data: unknown[][],
  k_max?: unknown,
  seed?: unknown,
  language?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const locale = localeFromCell(language);
    const points = readDataPoints(data, "KMEANS.ELBOW");
    if (points.firstProblem !== null) throw points.firstProblem;
    // A k_max cell left empty arrives as 0 on desktop; 0 is never a valid k_max, so it means "not given".
    const kMax = optionalNumber(k_max, 10, "KMEANS.ELBOW: k_max", true);
    if (!Number.isInteger(kMax) || kMax < 2 || kMax > MAX_K) {
      throw new CoreError(
        "K_RANGE_INVALID",
        `KMEANS.ELBOW requires k_max to be a whole number from 2 to ${MAX_K} (got ${kMax}); for more, use the command line (commerce-analytics kmeans)`,
      );
    }
    const seedValue = optionalNumber(seed, 0, "KMEANS.ELBOW: seed");
    return await runFunctionJob(
      "kmeansElbow",
      { matrix: points.matrix, kMax, seed: seedValue, locale },
      invocation,
    );
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error, "KMEANS.ELBOW"), errorLocaleFromCell(language))]];
  }
}
