import { segmentAnalysis } from "../../src/analysis/segment";
import { isCoreError } from "../../src/errors";
import type { SegmentScoring } from "../../src/segment";
import { parseDateText } from "../../src/table/parse-date";
import { inAsOfFlagTerms } from "../io/as-of-terms";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { PER_MEMBER_HELP, SHAPE_OPTIONS, shapeSetting } from "../shape-flag";
import { INPUT_OPTIONS } from "../common-flags";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { segmentWithDuckDb } from "../duckdb/segment-engine-run";
import { loadAnalysisInput } from "./analysis-input";
import { CLUSTER_OPTIONS, wholeFlag } from "./cluster-flags";
import { segmentJson, segmentSheets, segmentText, type SegmentCliResult } from "./segment-output";

export type { SegmentCliResult, SegmentJson } from "./segment-output";

/** `segment --input FILE`: the task pane's Segment analysis on an order export, from the command line. */
export const segmentCommand = defineCommand<SegmentCliResult>({
  usage: [
    "segment --input FILE [--as-of DATE] [--k auto|N] [--k-max N] [--scoring study|quantile] [--seed N] [--restarts N]",
    "    [--member COL] [--date COL] [--amount COL] [--order COL] [--shape auto|orders|members] [--orders COL]",
    "    [--total COL] [--last-order COL] [--recency COL] [--json] [--out FILE.xlsx]",
    "",
    "The task pane's Segment: R/F/M per member (orders = distinct order ids, or distinct order days without an order",
    "column), features by --scoring (study: the member study's sales and order-count levels; quantile: R rfm's 1-5",
    "scores), the elbow sweep k = 1..--k-max (default 10, at most the distinct feature rows), k-means at --k (auto =",
    "the recommended k), and the study's customer type per cluster × recency (recent = last order within 180 days).",
    "--out writes the pane's sheets (Segments, Members, Elbow).",
    "--json prints {asOf, asOfSource, scoring, seed, restarts, rows: {read, used, skipped}, k, kSource, knee,",
    "elbow: [{k, inertia, inertiaDrop, silhouette, calinskiHarabasz, daviesBouldin}], recommendation: {recommendedK,",
    "summary, reasons, warning}, clusters: [{cluster, size, label, avgFrequency, avgMonetary, avgRecencyDays}],",
    "members: [{memberId, cluster, label, type}]}.",
    "--engine duckdb: DuckDB (embedded) aggregates the order lines into one row per member with the SQL `sql",
    "--analysis rfm` prints (CSV or Parquet larger than memory), then the same features, sweep and k-means run.",
    ...PER_MEMBER_HELP,
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    "as-of": {
      type: "string",
      valueName: "DATE",
      description: "date recency is counted to, e.g. 2006-12-31 (default: the day after the latest order)",
    },
    k: {
      type: "string",
      valueName: "auto|N",
      description: "number of segments (default auto: the recommended k)",
    },
    "k-max": { type: "string", valueName: "N", description: "largest k of the elbow sweep (default 10)" },
    scoring: {
      type: "string",
      valueName: "study|quantile",
      description: "study = the member study's levels (default); quantile = R rfm's 1-5 scores",
    },
    ...CLUSTER_OPTIONS,
    ...SHAPE_OPTIONS,
    ...ENGINE_OPTION,
  },
  async run(args) {
    const { values } = args;
    const engine = engineFlag(values.engine);
    const kGiven = kOption(values.k);
    const settings = {
      ...asOfOption(values["as-of"]),
      ...shapeSetting(values.shape),
      ...(kGiven === null ? {} : { k: kGiven }),
      scoring: scoringOption(values.scoring),
      kMax: wholeFlag(values["k-max"], "k-max", 1, 10),
      seed: wholeFlag(values.seed, "seed", 0, 0),
      restarts: wholeFlag(values.restarts, "restarts", 1, 10),
    };
    if (engine === "duckdb") {
      const file = typeof values.input === "string" ? values.input : "";
      try {
        return { ...(await segmentWithDuckDb(args, settings)), settings };
      } catch (error) {
        // The same words for the core's as-of and k refusals as without --engine.
        return inAsOfFlagTerms(file, () =>
          inKFlagTerms(file, settings.scoring, () => {
            throw error;
          }),
        );
      }
    }
    const input = await loadAnalysisInput(args);
    const file = input.loaded.inputAddress;
    const run = inAsOfFlagTerms(file, () =>
      inKFlagTerms(file, settings.scoring, () =>
        segmentAnalysis(input.loaded.table, settings, input.context),
      ),
    );
    return { input, settings, run };
  },
  toJson: segmentJson,
  renderText: segmentText,
  resultSheets: segmentSheets,
});

function kOption(value: unknown): number | null {
  if (value === undefined || value === "auto") return null;
  const k = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(k) || k < 1)
    throw new CliError(`--k must be auto or a whole number ≥ 1 (got "${String(value)}")`);
  return k;
}

function scoringOption(value: unknown): Extract<SegmentScoring, "study" | "quantile"> {
  if (value === undefined || value === "study") return "study";
  if (value === "quantile") return "quantile";
  throw new CliError(`--scoring must be study or quantile (got "${String(value)}")`);
}

function asOfOption(value: unknown): { readonly asOfSerial?: number } {
  if (value === undefined) return {};
  const serial = typeof value === "string" ? parseDateText(value) : null;
  if (serial === null)
    throw new CliError(`--as-of must be a date such as 2006-12-31 (got "${String(value)}")`);
  return { asOfSerial: serial };
}

/** A --k above the distinct member rows, in the flag's terms (from the error's details). */
function inKFlagTerms<T>(file: string, scoring: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!isCoreError(error) || error.code !== "K_EXCEEDS_DISTINCT_ROWS" || error.details.argument !== "k")
      throw error;
    const { value, bound } = error.details;
    throw new CliError(
      `--k ${String(value)} is more than the ${String(bound)} distinct member rows of the ${scoring} features (use --k ${String(bound)} or less)`,
      file,
    );
  }
}
