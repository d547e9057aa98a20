import { inAsOfFlagTerms } from "../io/as-of-terms";
import { assignSegments, segmentSweep, type SegmentScoring } from "../../src/segment";
import { parseDateText } from "../../src/table/parse-date";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { cliRunRecord } from "../run-record";
import { CLUSTER_OPTIONS, wholeFlag } from "./cluster-flags";
import { dateValues, loadMemberInput, numberValues } from "./member-input";
import { segmentJson, segmentSheets, segmentText, type SegmentCliResult } from "./segment-output";

export type { SegmentCliResult, SegmentJson } from "./segment-output";

/** `segment --input FILE`: the task pane's Segment analysis on an order export, from the command line. */
export const segmentCommand = defineCommand<SegmentCliResult>({
  usage: [
    "segment --input FILE [--as-of DATE] [--k auto|N] [--k-max N] [--scoring study|quantile] [--seed N] [--restarts N]",
    "    [--member COL] [--date COL] [--amount COL] [--order COL] [--json] [--out FILE.xlsx]",
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
  },
  async run(args) {
    const { values, locale } = args;
    const asOfSerial = asOfOption(values["as-of"]);
    const scoring = scoringOption(values.scoring);
    const kGiven = kOption(values.k);
    const kMaxFlag = wholeFlag(values["k-max"], "k-max", 1, 10);
    const settings = {
      ...(asOfSerial === undefined ? {} : { asOfSerial }),
      scoring,
      kMax: Math.max(kMaxFlag, kGiven ?? 1),
      seed: wholeFlag(values.seed, "seed", 0, 0),
      restarts: wholeFlag(values.restarts, "restarts", 1, 10),
    };
    const input = await loadMemberInput(args, "segment");
    const { table } = input.loaded;
    const lines = {
      memberIds: input.memberIds,
      orderDates: dateValues(table, "segment"),
      amounts: numberValues(table, "amount", "segment"),
      orderIds: input.orderIds,
    };
    const file = input.loaded.inputAddress;
    const sweep = inAsOfFlagTerms(file, () => segmentSweep(lines, settings, locale));
    const k = kGiven ?? sweep.recommendation.recommendedK;
    if (k > sweep.sweep.kMax) {
      throw new CliError(
        `--k ${k} is more than the ${sweep.sweep.kMax} distinct member rows of the ${scoring} features (use --k ${sweep.sweep.kMax} or less)`,
        file,
      );
    }
    const runRecord = cliRunRecord(file, table.rowCount, { ...input.parameters, scoring }, settings.seed);
    const assignment = assignSegments(sweep, k, settings, locale, runRecord);
    return { input, settings, sweep, assignment, kSource: kGiven === null ? "recommended" : "given", locale };
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

function asOfOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const serial = typeof value === "string" ? parseDateText(value) : null;
  if (serial === null)
    throw new CliError(`--as-of must be a date such as 2006-12-31 (got "${String(value)}")`);
  return serial;
}
