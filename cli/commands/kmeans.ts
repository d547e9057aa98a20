import {
  describeRecommendation,
  elbowSweepParallel,
  kmeans,
  recommendK,
  type ElbowSweepResult,
} from "../../src/cluster";
import { isCoreError, messageInTermsOf } from "../../src/errors";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { CLUSTER_OPTIONS, kRangeFlag, wholeFlag } from "./cluster-flags";
import { loadKMeansInput, type KMeansInput } from "./kmeans-input";
import { kmeansJson, type KMeansCliResult } from "./kmeans-json";
import { kmeansSheets, kmeansText } from "./kmeans-sheet";
import { startKMeansPool } from "../workers/kmeans-pool";

export type { KMeansCliResult, KMeansJson } from "./kmeans-json";

/** `kmeans --input FILE --k 1-10`: the elbow sweep (and, for one k, the clusters) on a numeric table as given. */
export const kmeansCommand = defineCommand<KMeansCliResult>({
  usage: [
    "kmeans --input FILE [--columns a,b] [--k 1-10|N] [--seed N] [--restarts N] [--standardize] [--json] [--out FILE.xlsx]",
    "",
    "Rows are points, the chosen columns (default: every column read as numbers) are features. A row with a blank or",
    "non-numeric cell in a chosen column is skipped and counted. k-means++ start, best of --restarts seeded runs",
    "(scikit-learn's KMeans); k stops at the number of distinct rows. Clusters are numbered by their centre on the",
    "first column, then the second, highest first. With a single --k the clusters themselves are reported too.",
    "--json prints {columns, ignoredColumns, rows: {read, used, skipped: {blankCell, nonNumericCell}, skippedExamples},",
    "standardize, seed, restarts, kMin, kMax, kMaxClamped, constantColumns, runs: [{k, inertia, inertiaDrop,",
    "iterations, converged, silhouette, calinskiHarabasz, daviesBouldin}], knee, silhouette: [one per run],",
    "silhouetteSampled, recommendedK, recommendation: {summary, reasons, warning, votes}, assignment: null or",
    "{k, labels: [cluster per data row, null where skipped], centroids, sizes}}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    columns: {
      type: "string",
      valueName: "a,b",
      description: "columns to cluster, by name (default: every numeric column)",
    },
    k: {
      type: "string",
      valueName: "1-10|N",
      description: "range of k to sweep, or a single k (default 1-10)",
    },
    ...CLUSTER_OPTIONS,
    standardize: {
      type: "boolean",
      description: "z-score each column first (population sd); centres stay in original units",
    },
  },
  async run(args) {
    const range = kRangeFlag(args.values.k, { kMin: 1, kMax: 10 });
    const settings = {
      seed: wholeFlag(args.values.seed, "seed", 0, 0),
      restarts: wholeFlag(args.values.restarts, "restarts", 1, 10),
      standardize: args.values.standardize === true,
    };
    // The restarts and k values run on worker threads (two cores here), which start while the file is read.
    const pool = startKMeansPool();
    try {
      const input = await loadKMeansInput(args);
      const options = { seed: settings.seed, nInit: settings.restarts, standardize: settings.standardize };
      const sweep = await inFlagTerms(input, () =>
        elbowSweepParallel(input.matrix, { ...options, ...range }, pool),
      );
      const single = range.kMin === range.kMax ? kmeans(input.matrix, range.kMin, options) : null;
      return {
        input,
        settings,
        sweep,
        recommendation: recommendationOf(sweep, args.locale),
        single,
        flags: args.values,
      };
    } finally {
      await pool.close();
    }
  },
  toJson: kmeansJson,
  renderText: kmeansText,
  resultSheets: kmeansSheets,
});

function recommendationOf(
  sweep: ElbowSweepResult,
  locale: Parameters<typeof describeRecommendation>[1],
): KMeansCliResult["recommendation"] {
  try {
    const votes = recommendK(sweep);
    return { votes, text: describeRecommendation(votes, locale) };
  } catch (error) {
    if (isCoreError(error) && error.code === "K_CRITERIA_UNAVAILABLE") return null;
    throw error;
  }
}

/** The core speaks of kMin and rows; the user gave --k and a file with skipped rows. */
async function inFlagTerms<T>(input: KMeansInput, compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const file = input.loaded.inputAddress;
    const { blankCell, nonNumericCell } = input.skipped;
    const { argument, value, bound } = error.details;
    if (error.code === "K_EXCEEDS_DISTINCT_ROWS" && argument === "kMin") {
      throw new CliError(
        `--k ${String(value)} is more than the ${String(bound)} distinct rows of the data`,
        file,
      );
    }
    if (error.code === "TOO_FEW_ROWS") {
      throw new CliError(
        `kmeans requires at least 2 rows with a number in every chosen column (got ${input.matrix.rows} of ${input.loaded.table.rowCount}; skipped: ${blankCell} with a blank cell, ${nonNumericCell} with a non-numeric cell)`,
        file,
      );
    }
    throw new CliError(messageInTermsOf(error, "kmeans"), file);
  }
}
