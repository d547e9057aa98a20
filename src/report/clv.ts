import { compareClvToCpa } from "../clv/cpa-comparison";
import { modelValueFormats } from "./cell-number-format";
import type { ClvTable } from "../clv/clv-table";
import type { SimpleClvResult } from "../clv/simple-clv-orders";
import type { BgnbdFit, ClvWarning, GammaGammaFit } from "../clv/types";
import { valueHistogram } from "../clv/value-histogram";
import { clvMessages as t } from "../i18n/messages/clv";
import type { Locale } from "../i18n/locale";
import type { ChartSpec, ReportCell, ReportColumn, ReportTable, ResultSheet, RunRecord } from "./types";

export interface ClvReportInput {
  readonly bgnbd: BgnbdFit;
  readonly gammaGamma: GammaGammaFit;
  /** The per-member values (clvTable) computed with these fits. */
  readonly values: ClvTable;
  readonly runRecord: RunRecord;
  /** Bins of the CLV distribution. @default 10 */
  readonly histogramBins?: number;
  /** Header of the id column: the input's member column header. @default "Customer ID" in the locale */
  readonly idHeader?: string | null;
}

/** Id of the CLV histogram table on both CLV sheets. */
export const CLV_DISTRIBUTION_TABLE_ID = "clv.distribution";

const column = (key: string, header: string, numberFormat: string): ReportColumn => ({
  key,
  header,
  numberFormat,
});
const fixed = (value: number, digits: number): string => value.toFixed(digits);
const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

/**
 * The "Customer value" result sheet: fitted BG/NBD and Gamma-Gamma parameters with log-likelihood and
 * convergence, the per-member values (units in the headers and notes), and the CLV distribution as a
 * histogram table with a column chart.
 *
 * Cost: O(members).
 *
 * @throws CoreError as valueHistogram (never for a table from clvTable)
 * @example
 * import { clvTable } from "../clv/clv-table";
 * const diagnostics = { converged: true, iterations: 180, evaluations: 320, gradientNorm: 0.001, warnings: [] };
 * const bgnbd = { ...diagnostics, params: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, timeUnit: "weeks",
 *   customerCount: 2357, logLikelihood: -9582.4 } as const;
 * const gammaGamma = { ...diagnostics, params: { p: 6.2488, q: 3.7446, gamma: 15.4477 }, repeatCustomerCount: 946,
 *   frequencySpendCorrelation: 0.1139, logLikelihood: -4055.9 };
 * const id1 = { customerId: 1, frequency: 2, recency: 30.43, age: 38.86, meanRepeatSpend: 22.35 };
 * const options = { horizonPeriods: 12, periodUnit: "months", discountRatePerPeriod: 0.01 } as const;
 * const values = clvTable({ customers: [id1], bgnbd, gammaGamma }, options);
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * buildClvResultSheet({ bgnbd, gammaGamma, values, runRecord }, "en").tables.map((table) => table.id)
 * // ["clv.parameters", "clv.members", "clv.distribution"]
 */
export function buildClvResultSheet(input: ClvReportInput, locale: Locale): ResultSheet {
  return {
    baseName: t(locale, "sheet.clv"),
    tables: [
      clvParametersTable(input.bgnbd, input.gammaGamma, locale),
      clvMembersTable(input.values, locale, input.idHeader ?? null),
      clvDistributionTable(input.values, locale, input.histogramBins ?? 10),
    ],
    charts: [clvDistributionChart(locale)],
    runRecord: input.runRecord,
  };
}

/** Parameters, log-likelihood and convergence of both models, one row per figure; warnings as notes. */
export function clvParametersTable(bgnbd: BgnbdFit, gammaGamma: GammaGammaFit, locale: Locale): ReportTable {
  const unit = t(locale, `unit.${bgnbd.timeUnit}`);
  const bg = t(locale, "model.bgnbd");
  const gg = t(locale, "model.gammaGamma");
  const diagnostics = (model: string, fit: BgnbdFit | GammaGammaFit): ReportCell[][] => [
    [model, t(locale, "stat.logLikelihood"), fit.logLikelihood],
    [model, t(locale, "stat.converged"), t(locale, fit.converged ? "yes" : "no")],
    [model, t(locale, "stat.iterations"), fit.iterations],
    [model, t(locale, "stat.gradientNorm"), fit.gradientNorm],
  ];
  const { r, alpha, a, b } = bgnbd.params;
  const { p, q, gamma } = gammaGamma.params;
  const correlation = gammaGamma.frequencySpendCorrelation;
  const warningNote = (model: string) => (warning: ClvWarning) =>
    t(locale, `warning.${warning.code}`, { model });
  const rows: ReportCell[][] = [
    [bg, t(locale, "param.r"), r],
    [bg, t(locale, "param.alpha", { unit }), alpha],
    [bg, t(locale, "param.a"), a],
    [bg, t(locale, "param.b"), b],
    ...diagnostics(bg, bgnbd),
    [bg, t(locale, "stat.customers"), bgnbd.customerCount],
    [gg, t(locale, "param.p"), p],
    [gg, t(locale, "param.q"), q],
    [gg, t(locale, "param.gamma"), gamma],
    ...diagnostics(gg, gammaGamma),
    [gg, t(locale, "stat.repeatCustomers"), gammaGamma.repeatCustomerCount],
    [gg, t(locale, "stat.correlation"), correlation],
  ];
  return {
    id: "clv.parameters",
    title: t(locale, "table.parameters"),
    columns: [
      column("model", t(locale, "header.model"), "@"),
      column("parameter", t(locale, "header.parameter"), "@"),
      {
        ...column("value", t(locale, "header.value"), "General"),
        rowNumberFormats: modelValueFormats(rows.map((row) => row[2])),
      },
    ],
    rows,
    notes: [
      ...bgnbd.warnings.map(warningNote(bg)),
      ...gammaGamma.warnings.map(warningNote(gg)),
      correlation === null
        ? t(locale, "note.correlationMissing")
        : t(locale, "note.correlation", { value: fixed(correlation, 4) }),
    ],
  };
}

/**
 * One row per member: ID (headed as the input's member column, when known), x, t_x, T, P(alive), expected
 * purchases, expected spend, CLV; units in headers.
 */
export function clvMembersTable(
  values: ClvTable,
  locale: Locale,
  idHeader: string | null = null,
): ReportTable {
  const unit = t(locale, `unit.${values.modelTimeUnit}`);
  const horizon = { horizon: values.horizonPeriods, periodUnit: t(locale, `unit.${values.periodUnit}`) };
  return {
    id: "clv.members",
    title: t(locale, "table.members"),
    columns: [
      column("customerId", idHeader ?? t(locale, "header.customerId"), "@"),
      column("frequency", t(locale, "header.frequency"), "0"),
      column("recency", t(locale, "header.recency", { unit }), "0.00"),
      column("age", t(locale, "header.age", { unit }), "0.00"),
      column("probabilityAlive", t(locale, "header.pAlive"), "0.0%"),
      column("expectedPurchases", t(locale, "header.expectedPurchases", horizon), "0.000"),
      column("expectedSpend", t(locale, "header.expectedSpend"), "#,##0.00"),
      column("clv", t(locale, "header.clv", horizon), "#,##0.00"),
    ],
    rows: values.rows.map((row) => [
      row.customerId,
      row.frequency,
      row.recency,
      row.age,
      row.probabilityAlive,
      row.expectedPurchases,
      row.expectedSpend,
      row.clv,
    ]),
    notes: [
      t(locale, "note.units", {
        unit,
        ...horizon,
        period: t(locale, `unitOne.${values.periodUnit}`),
        length: fixed(values.periodLengthInModelUnits, 4),
        rate: percent(values.discountRatePerPeriod),
        margin: percent(values.marginRatio),
      }),
      t(locale, "note.pAlive"),
    ],
  };
}

/** Equal-width histogram of the members' CLV: range label, lower and upper edge, member count. */
export function clvDistributionTable(values: ClvTable, locale: Locale, binCount: number): ReportTable {
  return clvHistogramTable(
    values.rows.map((row) => row.clv),
    locale,
    binCount,
  );
}

/** The column chart of the "clv.distribution" table: members per CLV range. */
function clvDistributionChart(locale: Locale): ChartSpec {
  return {
    kind: "columnClustered",
    title: t(locale, "chart.distribution"),
    tableId: CLV_DISTRIBUTION_TABLE_ID,
    xColumn: "range",
    yColumns: ["members"],
    xAxisTitle: t(locale, "axis.clv"),
    yAxisTitle: t(locale, "axis.members"),
  };
}

/** Both sheets' histogram (the same id, headers and formats), over any list of CLVs. */
function clvHistogramTable(clvs: readonly number[], locale: Locale, binCount: number): ReportTable {
  const bins = valueHistogram(clvs, binCount);
  return {
    id: CLV_DISTRIBUTION_TABLE_ID,
    title: t(locale, "table.distribution"),
    columns: [
      column("range", t(locale, "header.range"), "@"),
      column("lower", t(locale, "header.lower"), "#,##0.00"),
      column("upper", t(locale, "header.upper"), "#,##0.00"),
      column("members", t(locale, "header.members"), "#,##0"),
    ],
    rows: bins.map((bin) => [
      `${fixed(bin.lowerBound, 2)}–${fixed(bin.upperBound, 2)}`,
      bin.lowerBound,
      bin.upperBound,
      bin.count,
    ]),
  };
}

export interface SimpleClvReportInput {
  readonly result: SimpleClvResult;
  readonly runRecord: RunRecord;
  /** Cost of acquiring a member; when given, the average CLV is compared with it. */
  readonly acquisitionCost?: number;
  /** CLV / CPA ratio from which acquisition counts as healthy. @default 3 */
  readonly healthyRatio?: number;
  /** Bins of the CLV distribution. @default 10 */
  readonly histogramBins?: number;
  /** Header of the id column: the input's member column header. @default "Customer ID" in the locale */
  readonly idHeader?: string | null;
}

/**
 * The "Simple CLV" result sheet: per member start, last order, lifetime days, spend, value per day (and where
 * it came from) and CLV; notes with the definition, the average member's CLV and the CPA verdict; and the CLV
 * distribution as a histogram table with a column chart, as on the customer-value sheet (issue 9: the pane
 * once added it alone, so the command line's --out sheet lacked it).
 *
 * Cost: O(members).
 *
 * @throws CoreError CPA_INVALID, CPA_THRESHOLD_INVALID (through compareClvToCpa)
 * @example
 * import { simpleClvFromOrders } from "../clv/simple-clv-orders";
 * const result = simpleClvFromOrders({ memberIds: ["A", "A", "B"], orderDateSerials: [45000, 45010, 45005], amounts: [30, 20, 40] });
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * buildSimpleClvResultSheet({ result, runRecord, acquisitionCost: 40 }, "en").tables.map((table) => table.id)
 * // ["clv.simple", "clv.distribution"]
 */
export function buildSimpleClvResultSheet(input: SimpleClvReportInput, locale: Locale): ResultSheet {
  const { result } = input;
  const days = fixed(result.expectedLifetimeDays, 1);
  const rate = fixed(result.populationValuePerDay, 2);
  const notes = [
    t(locale, "note.simpleDefinition", { days }),
    t(locale, "note.averageClv", { days, rate, clv: fixed(result.averageClv, 2) }),
  ];
  if (result.zeroLifetimeMembers > 0)
    notes.push(t(locale, "note.zeroLifetime", { count: result.zeroLifetimeMembers, rate }));
  if (input.acquisitionCost !== undefined) {
    const threshold = input.healthyRatio ?? 3;
    const comparison = compareClvToCpa(result.averageClv, input.acquisitionCost, { healthyRatio: threshold });
    const verdict = t(locale, `verdict.${comparison.verdict}`, { threshold });
    notes.push(
      t(locale, "note.cpa", {
        cpa: fixed(input.acquisitionCost, 2),
        ratio: fixed(comparison.clvToCpaRatio, 2),
        verdict,
      }),
    );
  }
  const table: ReportTable = {
    id: "clv.simple",
    title: t(locale, "table.simpleMembers"),
    columns: [
      column("memberId", input.idHeader ?? t(locale, "header.customerId"), "@"),
      column("start", t(locale, "header.start"), "yyyy-mm-dd"),
      column("lastOrder", t(locale, "header.lastOrder"), "yyyy-mm-dd"),
      column("lifetimeDays", t(locale, "header.lifetimeDays"), "0"),
      column("totalSpend", t(locale, "header.totalSpend"), "#,##0.00"),
      column("valuePerDay", t(locale, "header.valuePerDay"), "#,##0.00"),
      column("valueSource", t(locale, "header.valueSource"), "@"),
      column("clv", "CLV", "#,##0.00"),
    ],
    rows: result.members.map((member) => [
      member.memberId,
      member.startSerial,
      member.lastOrderSerial,
      member.lifetimeDays,
      member.totalSpend,
      member.valuePerDay,
      t(locale, `source.${member.valuePerDaySource}`),
      member.clv,
    ]),
    notes,
  };
  const distribution = clvHistogramTable(
    result.members.map((member) => member.clv),
    locale,
    input.histogramBins ?? 10,
  );
  return {
    baseName: t(locale, "sheet.simpleClv"),
    tables: [table, distribution],
    charts: [clvDistributionChart(locale)],
    runRecord: input.runRecord,
  };
}
