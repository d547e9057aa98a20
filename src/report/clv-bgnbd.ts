import { modelValueFormats } from "./cell-number-format";
import type { BgnbdMember } from "../clv/bgnbd-members";
import type { TimeUnit } from "../clv/time-unit";
import type { BgnbdFit } from "../clv/types";
import type { Locale } from "../i18n/locale";
import { clvMessages } from "../i18n/messages/clv";
import type { ReportTable, ResultSheet, RunRecord } from "./types";

type ClvMessageKey = Parameters<typeof clvMessages>[1];

/** What the BG/NBD-only sheet is built from: the fit and each customer's P(alive) and expected purchases. */
export interface BgnbdReportInput {
  readonly fit: BgnbdFit;
  readonly members: readonly BgnbdMember[];
  readonly horizonPeriods: number;
  readonly periodUnit: TimeUnit;
}

/**
 * The BG/NBD-only sheet: the parameter table and the per-customer table (P(alive), expected purchases over
 * the horizon).
 *
 * Cost: O(members).
 * @example bgnbdResultSheet({ fit: { params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: "weeks", customerCount: 0, logLikelihood: -9582.4, converged: true, iterations: 1, evaluations: 1, gradientNorm: 0, warnings: [] }, members: [], horizonPeriods: 39, periodUnit: "weeks" }, "en", { inputAddress: "summary.csv", rowCount: 0, parameters: {}, engineVersion: "test", timestampIso: "" }).tables.map((table) => table.id) // ["clv.bgnbd.parameters", "clv.bgnbd.members"]
 */
export function bgnbdResultSheet(input: BgnbdReportInput, locale: Locale, runRecord: RunRecord): ResultSheet {
  const { fit, members, horizonPeriods, periodUnit } = input;
  return {
    baseName: clvMessages(locale, "sheet.bgnbd"),
    tables: [
      bgnbdParametersTable(fit, locale),
      bgnbdMembersTable(members, fit.timeUnit, { horizon: horizonPeriods, periodUnit }, locale),
    ],
    charts: [],
    runRecord,
  };
}

/**
 * The BG/NBD-only parameter table (r, α in its unit, a, b, log-likelihood, convergence, iterations,
 * customers), warnings as notes.
 *
 * Cost: O(1).
 * @example
 * const fit = { params: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, timeUnit: "weeks", customerCount: 2357,
 *   logLikelihood: -9582.4, converged: true, iterations: 180, evaluations: 320, gradientNorm: 0.001, warnings: [] } as const;
 * bgnbdParametersTable(fit, "en").rows[0] // ["r (purchase-rate shape)", 0.2426]
 */
export function bgnbdParametersTable(fit: BgnbdFit, locale: Locale): ReportTable {
  const m = (key: ClvMessageKey, values?: Record<string, string>) => clvMessages(locale, key, values);
  const unit = m(`unit.${fit.timeUnit}`);
  return {
    id: "clv.bgnbd.parameters",
    title: m("table.parameters"),
    columns: [
      { key: "parameter", header: m("header.parameter"), numberFormat: "@" },
      {
        key: "value",
        header: m("header.value"),
        numberFormat: "General",
        // The parameters and the log-likelihood to 4 significant digits; the counts as whole numbers.
        rowNumberFormats: modelValueFormats([
          fit.params.r,
          fit.params.alpha,
          fit.params.a,
          fit.params.b,
          fit.logLikelihood,
          "",
          fit.iterations,
          fit.customerCount,
        ]),
      },
    ],
    rows: [
      [m("param.r"), fit.params.r],
      [m("param.alpha", { unit }), fit.params.alpha],
      [m("param.a"), fit.params.a],
      [m("param.b"), fit.params.b],
      [m("stat.logLikelihood"), fit.logLikelihood],
      [m("stat.converged"), m(fit.converged ? "yes" : "no")],
      [m("stat.iterations"), fit.iterations],
      [m("stat.customers"), fit.customerCount],
    ],
    notes: fit.warnings.map((warning) => m(`warning.${warning.code}`, { model: m("model.bgnbd") })),
  };
}

/**
 * One row per customer: ID, x, t_x and T (in the model's unit), P(alive) and the expected purchases over the
 * horizon (in its own period unit, stated in the header).
 *
 * Cost: O(members).
 */
export function bgnbdMembersTable(
  members: readonly BgnbdMember[],
  modelUnit: TimeUnit,
  horizon: { readonly horizon: number; readonly periodUnit: TimeUnit },
  locale: Locale,
): ReportTable {
  const m = (key: ClvMessageKey, values?: Record<string, string | number>) =>
    clvMessages(locale, key, values);
  const unit = m(`unit.${modelUnit}`);
  const period = { horizon: horizon.horizon, periodUnit: m(`unit.${horizon.periodUnit}`) };
  return {
    id: "clv.bgnbd.members",
    title: m("table.members"),
    columns: [
      { key: "id", header: m("header.customerId"), numberFormat: "@" },
      { key: "frequency", header: m("header.frequency"), numberFormat: "0" },
      { key: "recency", header: m("header.recency", { unit }), numberFormat: "0.00" },
      { key: "age", header: m("header.age", { unit }), numberFormat: "0.00" },
      { key: "probabilityAlive", header: m("header.pAlive"), numberFormat: "0.0%" },
      { key: "expectedPurchases", header: m("header.expectedPurchases", period), numberFormat: "0.000" },
    ],
    rows: members.map((member) => [
      member.id,
      member.frequency,
      member.recency,
      member.age,
      member.probabilityAlive,
      member.expectedPurchases,
    ]),
    notes: [m("note.pAlive")],
  };
}
