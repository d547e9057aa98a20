import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { PromoMessageKey } from "../../src/i18n/messages/promo";
import { optionalKeys, optionalNumbers } from "../../src/table/column-reader";
import { PROMO_FORMATS as F, promoColumn, promoTranslator } from "../../src/report/promo-format";
import { periodWarningText } from "../../src/report/promo-text";
import type { ResultSheet } from "../../src/report/types";
import { requireColumn } from "../../src/table/column-access";
import { periodFromIsoDates, yearPeriod, type Period } from "../../src/yoy/period";
import { yoySummary, type SummaryKey, type YoySummary } from "../../src/yoy/yoy-summary";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand, type CommandArgs } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";

/** What `yoy` computed, and what the run record needs. */
export interface YoyCommandResult {
  readonly summary: YoySummary;
  readonly inputAddress: string;
  readonly rowCount: number;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
}

const KEYS: readonly SummaryKey[] = ["gmv", "orders", "customers", "units", "aov"];
/** The KPI whose name and definition each figure shares: customers are distinct buyers, aov is GMV / buyers. */
const KPI_NAME: Readonly<Record<SummaryKey, PromoMessageKey>> = {
  gmv: "kpiName.gmv",
  orders: "kpiName.orders",
  customers: "kpiName.buyers",
  units: "kpiName.units",
  aov: "kpiName.perBuyerSpend",
};

/** `yoy --input FILE --current 2017 --previous 2016`: GMV, orders, customers, units and aov per period, with % change. */
export const yoyCommand = defineCommand<YoyCommandResult>({
  usage:
    "yoy --input FILE (--current YEAR [--previous YEAR] | --current-from DATE --current-to DATE --previous-from DATE --previous-to DATE) [--date COL] [--json] [--out FILE.xlsx]",
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
  },
  async run(args) {
    const { current, previous } = periodsFromFlags(args);
    const { table, inputAddress } = await loadTable(args);
    const forWhat = "yoy";
    const sales = {
      dates: requireColumn(table, "orderDate", forWhat, "date").values,
      amounts: requireColumn(table, "amount", forWhat, "number").values,
      orderKeys: optionalKeys(table, "orderId"),
      memberKeys: optionalKeys(table, "memberId"),
      units: optionalNumbers(table, "quantity", forWhat),
    };
    const summary = yoySummary(sales, current, previous);
    return { summary, inputAddress, rowCount: table.rowCount, parameters: parametersFromFlags(args.values) };
  },
  toJson: ({ summary }) => summary,
  renderText: renderYoyText,
  resultSheets: (result, locale) => [yoySheet(result, locale)],
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

function renderYoyText({ summary, inputAddress }: YoyCommandResult, locale: Locale): string {
  const t = promoTranslator(locale);
  const { current, previous } = summary;
  const header = [
    t("header.kpi"),
    `${t("header.current")} ${current.fromIso} – ${current.toIso}`,
    `${t("header.previous")} ${previous.fromIso} – ${previous.toIso}`,
    t("header.changePercent"),
  ];
  const rows = KEYS.map((key) => [
    t(KPI_NAME[key]),
    cellText(current[key]),
    cellText(previous[key]),
    cellText(summary.yoy[key], true),
  ]);
  const lines = [inputAddress, "", textTable([header, ...rows])];
  const warnings = summary.warnings.map((warning) => `  ! ${periodWarningText(locale, warning)}`);
  if (warnings.length > 0) lines.push("", ...warnings);
  if (summary.notes.length > 0) lines.push("", ...summary.notes.map((note) => `  ${note}`));
  return `${lines.join("\n")}\n`;
}

function yoySheet(
  { summary, inputAddress, rowCount, parameters }: YoyCommandResult,
  locale: Locale,
): ResultSheet {
  const t = promoTranslator(locale);
  const change = (key: SummaryKey): number | null => {
    const now = summary.current[key];
    const before = summary.previous[key];
    return now === null || before === null ? null : now - before;
  };
  return {
    baseName: t("sheet.yoy"),
    tables: [
      {
        id: "promo.yoySummary",
        title: t("table.yoy"),
        notes: summary.warnings.map((warning) => periodWarningText(locale, warning)),
        columns: [
          { key: "key", header: "key", numberFormat: F.text },
          promoColumn(t, "kpi", "header.kpi", F.text),
          promoColumn(t, "current", "header.current", F.general),
          promoColumn(t, "previous", "header.previous", F.general),
          promoColumn(t, "change", "header.change", F.general),
          promoColumn(t, "changeRatio", "header.changePercent", F.percent),
        ],
        rows: KEYS.map((key) => [
          key,
          t(KPI_NAME[key]),
          summary.current[key],
          summary.previous[key],
          change(key),
          summary.yoy[key],
        ]),
      },
    ],
    charts: [],
    runRecord: cliRunRecord(inputAddress, rowCount, parameters),
  };
}
