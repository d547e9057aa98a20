import { rfmAnalysis, type RfmCountBy, type RfmSettings } from "../../src/analysis/rfm";
import { isCoreError } from "../../src/errors";
import { parseDateText } from "../../src/table/parse-date";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { PER_MEMBER_HELP, SHAPE_OPTIONS, shapeSetting } from "../shape-flag";
import { INPUT_OPTIONS } from "../common-flags";
import { inAsOfFlagTerms } from "../io/as-of-terms";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { rfmWithDuckDb, type EngineRfmRun } from "../duckdb/rfm-engine-run";
import { loadAnalysisInput } from "./analysis-input";
import { rfmJson, rfmText } from "./rfm-output";

export type { RfmJson } from "./rfm-output";

/** `rfm --input FILE`: R, F, M per member, quantile scores 1-5 and the ten-segment label, as R's rfm package. */
export const rfmCommand = defineCommand<EngineRfmRun>({
  usage: [
    "rfm --input FILE [--as-of DATE] [--count-by orders|days|rows] [--member COL] [--date COL] [--amount COL]",
    "    [--order COL] [--shape auto|orders|members] [--orders COL] [--total COL] [--last-order COL] [--recency COL]",
    "    [--json] [--out FILE.xlsx]",
    "",
    "Recency = days from a member's last order to --as-of (default: the day after the latest order).",
    "Scores as R's rfm package: edges = type-7 quantiles (PERCENTILE.INC) at 20/40/60/80 % + 1, [lower, upper)",
    "bins, recency reversed. Segments: R rfm's ten (Champions ... Lost, first rule that holds, else Others).",
    "--json prints {asOf, asOfSource, countBy, scoring: {bins, edgeRule, recencyEdges, frequencyEdges,",
    "monetaryEdges}, rows: {read, used, skipped: {blankMemberId, unparseableDate, missingAmount, blankOrderId,",
    "invalidMemberValue}}, members: [{memberId, recencyDays, frequency, monetary, recencyScore, frequencyScore,",
    "monetaryScore, segment, segmentLabel}]}.",
    "--engine duckdb: DuckDB (embedded) aggregates R/F/M with the SQL `sql --analysis rfm` prints, streaming the",
    "file, so a CSV or Parquet file larger than memory works; members then come ordered by id.",
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
    ...ENGINE_OPTION,
    "count-by": {
      type: "string",
      valueName: "orders|days|rows",
      description:
        "orders = distinct order ids (default with an order column), days = distinct order days (default without), rows = every row",
    },
    ...SHAPE_OPTIONS,
  },
  async run(args) {
    const settings: RfmSettings = {
      ...asOfSetting(args.values["as-of"]),
      ...countBySetting(args.values["count-by"]),
      ...shapeSetting(args.values.shape),
    };
    if (engineFlag(args.values.engine) === "duckdb") {
      const input = typeof args.values.input === "string" ? args.values.input : "";
      try {
        return await rfmWithDuckDb(args, settings);
      } catch (error) {
        // The same words for the core's as-of and count-by refusals as without --engine.
        return inAsOfFlagTerms(input, () =>
          inCountByFlagTerms(settings, () => {
            throw error;
          }),
        );
      }
    }
    const input = await loadAnalysisInput(args);
    const run = inAsOfFlagTerms(input.loaded.inputAddress, () =>
      inCountByFlagTerms(settings, () => rfmAnalysis(input.loaded.table, settings, input.context)),
    );
    return { inputAddress: input.loaded.inputAddress, locale: input.context.locale, run };
  },
  toJson: ({ run, locale }) => rfmJson(run.result, locale),
  renderText: ({ inputAddress, run }, locale) => rfmText(run, inputAddress, locale),
  resultSheets: ({ run }) => run.sheets(),
});

function asOfSetting(value: unknown): Pick<RfmSettings, "asOfSerial"> {
  if (value === undefined) return {};
  const serial = typeof value === "string" ? parseDateText(value) : null;
  if (serial === null)
    throw new CliError(`--as-of must be a date such as 2006-12-31 (got "${String(value)}")`);
  return { asOfSerial: serial };
}

function countBySetting(value: unknown): Pick<RfmSettings, "countBy"> {
  if (value === undefined) return {};
  if (value === "orders" || value === "days" || value === "rows")
    return { countBy: value satisfies RfmCountBy };
  throw new CliError(`--count-by must be orders, days or rows (got "${String(value)}")`);
}

/** --count-by orders on a table without an order id column, in the flag's terms (from the error's details). */
function inCountByFlagTerms<T>(settings: RfmSettings, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (
      settings.countBy === "orders" &&
      isCoreError(error) &&
      error.code === "MISSING_COLUMN" &&
      error.details.argument === "orderId"
    )
      throw new CliError("--count-by orders needs an order id column (name it with --order COL)");
    throw error;
  }
}
