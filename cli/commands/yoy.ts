import { yoyAnalysis } from "../../src/analysis/yoy";
import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { kpiNumberOrNull } from "../../src/promo/kpi-value";
import { promoTranslator } from "../../src/report/promo-format";
import { kpiName } from "../../src/report/promo-kpi-table";
import { periodWarningText } from "../../src/report/promo-text";
import { periodFromIsoDates, yearPeriod, type Period } from "../../src/yoy/period";
import type { YoySummary } from "../../src/yoy/yoy-summary";
import { yoySummaryRows } from "../../src/yoy/yoy-summary-rows";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand, type CommandArgs } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { textTable } from "../text-table";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { yoyWithDuckDb } from "../duckdb/yoy-engine-run";
import { loadAnalysisInput, runSheets, type CommandRun } from "./analysis-input";

/** `yoy --input FILE --current 2017 --previous 2016`: GMV, orders, customers, units and aov per period, with % change. */
export const yoyCommand = defineCommand<CommandRun<YoySummary>>({
  usage: [
    "yoy --input FILE (--current YEAR [--previous YEAR] | --current-from DATE --current-to DATE --previous-from DATE --previous-to DATE) [--date COL] [--engine core|duckdb] [--json] [--out FILE.xlsx]",
    "",
    "--engine duckdb: DuckDB (embedded) sums each period with the SQL `sql --analysis yoy` prints, streaming the",
    "file (CSV or Parquet, larger than memory); aov, the % changes and the partial-period guard follow here.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    current: { type: "string", valueName: "YEAR", description: "the current calendar year, e.g. 2017" },
    previous: { type: "string", valueName: "YEAR", description: "the previous year (default: current − 1)" },
    "current-from": {
      type: "string",
      valueName: "DATE",
      description: "first day of the current period (ISO)",
    },
    "current-to": { type: "string", valueName: "DATE", description: "last day of the current period (ISO)" },
    "previous-from": { type: "string", valueName: "DATE", description: "first day of the previous period" },
    "previous-to": { type: "string", valueName: "DATE", description: "last day of the previous period" },
    ...ENGINE_OPTION,
  },
  async run(args) {
    const engine = engineFlag(args.values.engine);
    const periods = periodsFromFlags(args);
    if (engine === "duckdb") return yoyWithDuckDb(args, periods);
    const input = await loadAnalysisInput(args);
    return { input, run: yoyAnalysis(input.loaded.table, periods, input.context) };
  },
  toJson: ({ run }) => run.result,
  renderText: renderYoyText,
  resultSheets: runSheets,
});

function periodsFromFlags({ values }: CommandArgs): { current: Period; previous: Period } {
  const text = (name: string): string | undefined =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;
  const year = (name: string, value: string): number => {
    if (!/^\d{4}$/.test(value)) throw new CliError(`--${name} must be a year such as 2017 (got "${value}")`);
    return Number(value);
  };
  const currentYear = text("current");
  const currentFrom = text("current-from");
  const currentTo = text("current-to");
  if (currentYear !== undefined && (currentFrom !== undefined || currentTo !== undefined)) {
    throw new CliError("give either --current YEAR or --current-from/--current-to, not both");
  }
  if (currentYear !== undefined) {
    const previousYear = text("previous");
    const currentNumber = year("current", currentYear);
    const previousNumber = previousYear === undefined ? currentNumber - 1 : year("previous", previousYear);
    return { current: yearPeriod(currentNumber), previous: yearPeriod(previousNumber) };
  }
  const previousFrom = text("previous-from");
  const previousTo = text("previous-to");
  if ([currentFrom, currentTo, previousFrom, previousTo].some((value) => value === undefined)) {
    throw new CliError(
      "yoy requires --current YEAR, or all of --current-from, --current-to, --previous-from, --previous-to",
    );
  }
  try {
    return {
      current: periodFromIsoDates(currentFrom as string, currentTo as string),
      previous: periodFromIsoDates(previousFrom as string, previousTo as string),
    };
  } catch (error) {
    // A bad date flag is not a problem of the input file, so it is reported without the file name.
    if (isCoreError(error)) throw new CliError(`period flags: ${error.message}`);
    throw error;
  }
}

function cellText(value: number | null, ratio = false): string {
  if (value === null) return "–";
  if (ratio) return `${(value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The YoY table's figures for the terminal, with each period's dates in its column header. */
function renderYoyText({ input, run }: CommandRun<YoySummary>, locale: Locale): string {
  const summary = run.result;
  const t = promoTranslator(locale);
  const { current, previous } = summary;
  const header = [
    t("header.kpi"),
    `${t("header.current")} ${current.fromIso} – ${current.toIso}`,
    `${t("header.previous")} ${previous.fromIso} – ${previous.toIso}`,
    t("header.changePercent"),
  ];
  const rows = yoySummaryRows(summary).map((row) => [
    kpiName(locale, row.key),
    cellText(kpiNumberOrNull(row.current)),
    cellText(kpiNumberOrNull(row.previous)),
    cellText(kpiNumberOrNull(row.changeRatio), true),
  ]);
  const lines = [input.loaded.inputAddress, "", textTable([header, ...rows])];
  const warnings = summary.warnings.map((warning) => `  ! ${periodWarningText(locale, warning)}`);
  if (warnings.length > 0) lines.push("", ...warnings);
  if (summary.notes.length > 0) lines.push("", ...summary.notes.map((note) => `  ${note}`));
  return `${lines.join("\n")}\n`;
}
