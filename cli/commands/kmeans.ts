import { kmeansAnalysisWith } from "../../src/analysis/kmeans";
import { kmeansPoints, type KMeansPoints } from "../../src/analysis/kmeans-points";
import { isCoreError, messageInTermsOf } from "../../src/errors";
import { CliError } from "../cli-error";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, runSheets, type AnalysisInput } from "./analysis-input";
import { CLUSTER_OPTIONS, kRangeFlag, wholeFlag } from "./cluster-flags";
import { kmeansJson, type KMeansCliResult } from "./kmeans-json";
import { kmeansText } from "./kmeans-text";
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
    const { values } = args;
    const settings = {
      ...kRangeFlag(values.k, { kMin: 1, kMax: 10 }),
      seed: wholeFlag(values.seed, "seed", 0, 0),
      restarts: wholeFlag(values.restarts, "restarts", 1, 10),
      standardize: values.standardize === true,
    };
    const columns = columnsFlag(values.columns);
    // The restarts and k values run on worker threads (two cores here), which start while the file is read.
    const pool = startKMeansPool();
    try {
      const input = await loadAnalysisInput(args);
      const { table, source, inputAddress } = input.loaded;
      const points = inColumnsFlagTerms(input, () => kmeansPoints(table, source, columns));
      const run = await inKFlagTerms(inputAddress, points, () =>
        kmeansAnalysisWith(points, settings, input.context, pool),
      );
      return { input, run };
    } finally {
      await pool.close();
    }
  },
  toJson: kmeansJson,
  renderText: kmeansText,
  resultSheets: runSheets,
});

function columnsFlag(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const names = String(value)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0)
    throw new CliError(`--columns must name at least one column (got "${String(value)}")`);
  return names;
}

/** No numeric column, or an unknown --columns name, in the flag's terms. */
function inColumnsFlagTerms<T>({ loaded }: AnalysisInput, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!isCoreError(error)) throw error;
    if (error.code === "NO_NUMERIC_COLUMN") {
      const found = loaded.table.columns.map((column) => `${column.name} (${column.type})`).join(", ");
      throw new CliError(
        `no column was read as numbers (${found}); name them with --columns a,b`,
        loaded.inputAddress,
      );
    }
    if (error.code === "UNKNOWN_COLUMN" && error.details.argument === "columns") {
      const { value, bound } = error.details;
      throw new CliError(`no column named "${String(value)}" for --columns (columns: ${String(bound)})`);
    }
    throw error;
  }
}

/** The core speaks of kMin and rows; the user gave --k and a file with skipped rows. */
async function inKFlagTerms<T>(file: string, points: KMeansPoints, compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    if (!isCoreError(error)) throw error;
    const { blankCell, nonNumericCell } = points.skipped;
    const { argument, value, bound } = error.details;
    if (error.code === "K_EXCEEDS_DISTINCT_ROWS" && argument === "kMin") {
      throw new CliError(
        `--k ${String(value)} is more than the ${String(bound)} distinct rows of the data`,
        file,
      );
    }
    if (error.code === "TOO_FEW_ROWS") {
      throw new CliError(
        `kmeans requires at least 2 rows with a number in every chosen column (got ${points.matrix.rows} of ${points.readRowCount}; skipped: ${blankCell} with a blank cell, ${nonNumericCell} with a non-numeric cell)`,
        file,
      );
    }
    throw new CliError(messageInTermsOf(error, "kmeans"), file);
  }
}
