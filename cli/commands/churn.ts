import { churnAnalysis, type ChurnAnalysisResult, type ChurnSettings } from "../../src/analysis/churn";
import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { churnErrorText } from "../../src/i18n/messages/churn-errors";
import { parseDateText } from "../../src/table/parse-date";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";
import { churnJson } from "./churn-json";

/** `churn --input FILE`: who will buy nothing in the next N days, with the model's holdout evaluation. */
export const churnCommand = defineCommand<CommandRun<ChurnAnalysisResult>>({
  usage: [
    "churn --input FILE [--calibration-end DATE] [--horizon-days N] [--threshold P] [--holdout 0.3] [--seed N]",
    "      [--member COL] [--date COL] [--amount COL] [--order COL] [--coupon COL] [--json] [--out FILE.xlsx]",
    "",
    "Churned = no order in the N days (default 90) after the calibration end (default: the last order date − N).",
    "Features as of the calibration end: recency days, purchase days, log spend, tenure days, mean and CV of the",
    "days between purchases, AOV and its CV, coupon share (with --coupon). L2 logistic regression (C = 1,",
    "scikit-learn's objective) and a depth-3 CART tree, evaluated on a stratified seeded holdout; every member",
    "scored as of the last date. --json prints {calibrationEnd, lastDate, horizonDays, members, churnShare,",
    "model: {kind, coefficients, intercept, means, standardDeviations, droppedFeatures, converged, iterations},",
    "holdout: {auc, precision, recall, threshold, deciles}, tree: {auc}, functionModel: {coefficientsRow, auc},",
    "scored: [{memberId, probability, reasons: [{feature, value, average, contribution}]}], skippedRows}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    "calibration-end": {
      type: "string",
      valueName: "DATE",
      description:
        "last day of the calibration period, inclusive (default: the last order date − the horizon)",
    },
    "horizon-days": {
      type: "string",
      valueName: "N",
      description: "days after the calibration end without an order that count as churn (default 90)",
    },
    threshold: {
      type: "string",
      valueName: "P",
      description: "churn probability at or above which a member is listed (default 0.7)",
    },
    holdout: { type: "string", valueName: "SHARE", description: "share of members held out (default 0.3)" },
    seed: { type: "string", valueName: "N", description: "seed of the holdout split (default 0)" },
  },
  async run(args) {
    const settings = churnSettingsFromFlags(args.values, args.locale);
    const input = await loadAnalysisInput(args);
    try {
      return { input, run: churnAnalysis(input.loaded.table, settings, input.context) };
    } catch (error) {
      const worded = isCoreError(error) ? churnErrorText(args.locale, error.code, error.details) : null;
      if (worded !== null) throw new CliError(worded, input.loaded.inputAddress);
      throw error;
    }
  },
  toJson: ({ run }) => churnJson(run.result),
  renderText: runText,
  resultSheets: runSheets,
});

type FlagValues = Readonly<Record<string, unknown>>;

/**
 * The flags as use-case settings; the use case checks the ranges (and words them in the user's language).
 *
 * @throws CliError for a flag that is not a number or a date
 */
function churnSettingsFromFlags(values: FlagValues, locale: Locale): ChurnSettings {
  const number = (flag: string, code: string): number | undefined => {
    const text = values[flag];
    if (typeof text !== "string") return undefined;
    const value = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(value)) {
      throw new CliError(churnErrorText(locale, code, { value: text }) ?? `--${flag} must be a number`);
    }
    return value;
  };
  const settings: { -readonly [K in keyof ChurnSettings]: ChurnSettings[K] } = {};
  const horizonDays = number("horizon-days", "CHURN_HORIZON_INVALID");
  const threshold = number("threshold", "CHURN_THRESHOLD_INVALID");
  const holdoutShare = number("holdout", "CHURN_HOLDOUT_INVALID");
  const seed = number("seed", "SEED_INVALID");
  if (horizonDays !== undefined) settings.horizonDays = horizonDays;
  if (threshold !== undefined) settings.threshold = threshold;
  if (holdoutShare !== undefined) settings.holdoutShare = holdoutShare;
  if (seed !== undefined) settings.seed = seed;
  const calibrationEnd = values["calibration-end"];
  if (typeof calibrationEnd === "string") {
    const serial = parseDateText(calibrationEnd, { allowCompact: true });
    if (serial === null) {
      throw new CliError(
        churnErrorText(locale, "CALIBRATION_END_INVALID", { value: calibrationEnd }) ??
          "bad --calibration-end",
      );
    }
    settings.calibrationEndSerial = serial;
  }
  return settings;
}
