import { inAsOfFlagTerms } from "../io/as-of-terms";
import { rfmFromOrders } from "../../src/rfm/rfm-from-orders";
import { rfmSegments } from "../../src/rfm/rfm-segment";
import { rfmQuantileScores } from "../../src/rfm/rfm-scores";
import { parseDateText } from "../../src/table/parse-date";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { dateValues, loadMemberInput, numberValues } from "./member-input";
import { rfmJson, rfmSheets, rfmText, type CountBy, type RfmResult } from "./rfm-output";

export type { CountBy, RfmJson, RfmResult } from "./rfm-output";

/** `rfm --input FILE`: R, F, M per member, quantile scores 1-5 and the ten-segment label, as R's rfm package. */
export const rfmCommand = defineCommand<RfmResult>({
  usage: [
    "rfm --input FILE [--as-of DATE] [--count-by orders|days|rows] [--member COL] [--date COL] [--amount COL]",
    "    [--order COL] [--json] [--out FILE.xlsx]",
    "",
    "Recency = days from a member's last order to --as-of (default: the day after the latest order).",
    "Scores as R's rfm package: edges = type-7 quantiles (PERCENTILE.INC) at 20/40/60/80 % + 1, [lower, upper)",
    "bins, recency reversed. Segments: R rfm's ten (Champions ... Lost, first rule that holds, else Others).",
    "--json prints {asOf, asOfSource, countBy, scoring: {bins, edgeRule, recencyEdges, frequencyEdges,",
    "monetaryEdges}, rows: {read, used, skipped: {blankMemberId, unparseableDate, missingAmount, blankOrderId,",
    "invalidMemberValue}}, members: [{memberId, recencyDays, frequency, monetary, recencyScore, frequencyScore,",
    "monetaryScore, segment, segmentLabel}]}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    "as-of": {
      type: "string",
      valueName: "DATE",
      description: "date recency is counted to, e.g. 2006-12-31 (default: the day after the latest order)",
    },
    "count-by": {
      type: "string",
      valueName: "orders|days|rows",
      description:
        "orders = distinct order ids (default with an order column), days = distinct order days (default without), rows = every row",
    },
  },
  async run(args) {
    const asOfSerial = asOfOption(args.values["as-of"]);
    const input = await loadMemberInput(args, "rfm");
    const { table } = input.loaded;
    const countBy = countByOption(args.values["count-by"], input.orderIds !== undefined);
    const lines = {
      memberIds: input.memberIds,
      orderDates: dateValues(table, "rfm"),
      amounts: numberValues(table, "amount", "rfm"),
      orderIds: countBy === "orders" ? input.orderIds : undefined,
    };
    const members = inAsOfFlagTerms(input.loaded.inputAddress, () =>
      rfmFromOrders(lines, { asOfSerial, frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders" }),
    );
    const scores = rfmQuantileScores(members);
    const segmentCodes = rfmSegments(scores.recency.scores, scores.frequency.scores, scores.monetary.scores);
    return { input, members, scores, segmentCodes, countBy, locale: args.locale };
  },
  toJson: rfmJson,
  renderText: rfmText,
  resultSheets: rfmSheets,
});

function asOfOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const serial = typeof value === "string" ? parseDateText(value) : null;
  if (serial === null)
    throw new CliError(`--as-of must be a date such as 2006-12-31 (got "${String(value)}")`);
  return serial;
}

function countByOption(value: unknown, hasOrderColumn: boolean): CountBy {
  if (value === undefined) return hasOrderColumn ? "orders" : "days";
  if (value === "orders" && !hasOrderColumn) {
    throw new CliError("--count-by orders needs an order id column (name it with --order COL)");
  }
  if (value === "orders" || value === "days" || value === "rows") return value;
  throw new CliError(`--count-by must be orders, days or rows (got "${String(value)}")`);
}
