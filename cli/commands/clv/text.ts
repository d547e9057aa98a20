import type { TimeUnit } from "../../../src/clv/time-unit";
import type { Locale } from "../../../src/i18n/locale";
import { clvMessages } from "../../../src/i18n/messages/clv";
import { buildSimpleClvResultSheet, clvMembersTable, clvParametersTable } from "../../../src/report/clv";
import type { ReportCell, ReportTable, RunRecord } from "../../../src/report/types";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import { textTable } from "../../text-table";
import { clvCliMessages as t } from "./messages";
import type { BgnbdMember, ClvRun } from "./models";
import type { ClvSettings } from "./settings";

/** Members printed in text output; the rest are in --json and --out. */
const TEXT_ROWS = 10;

/** The text output: what was fitted on what, the parameter table, the first members and the notes. */
export function renderClvText(
  settings: ClvSettings,
  run: ClvRun,
  runRecord: RunRecord,
  locale: Locale,
): string {
  const { source } = run;
  const customers = run.model === "gammagamma" ? run.values.rows.length : source.customers;
  const lines = [t(locale, `title.${run.model}`, { customers, source: source.address })];
  if (source.calibrationEnd !== null) {
    lines.push(
      t(locale, "line.calibration", { date: source.calibrationEnd, after: source.transactionsAfterEnd ?? 0 }),
    );
  }
  if ((source.rowsSkipped ?? 0) > 0)
    lines.push(t(locale, "line.skipped", { count: source.rowsSkipped ?? 0 }));
  const tables: ReportTable[] = [];
  if (run.model === "bgnbd") {
    const unit = clvMessages(locale, `unit.${run.fit.timeUnit}`);
    lines.push(
      t(locale, "line.units", {
        unit,
        horizon: run.horizon,
        periodUnit: clvMessages(locale, `unit.${settings.periodUnit}`),
      }),
    );
    tables.push(
      bgnbdParametersText(run.fit, locale),
      bgnbdMembersText(
        run.members,
        run.fit.timeUnit,
        { horizon: run.horizon, periodUnit: settings.periodUnit },
        locale,
      ),
    );
  } else if (run.model === "gammagamma") {
    if (run.excludedZeroSpend > 0) lines.push(t(locale, "line.excluded", { count: run.excludedZeroSpend }));
    tables.push(clvParametersTable(run.bgnbd, run.gammaGamma, locale), clvMembersTable(run.values, locale));
  } else {
    tables.push(...buildSimpleClvResultSheet({ result: run.result, runRecord }, locale).tables);
  }
  const flags = run.model === "bgnbd" ? "--json" : "--json / --out FILE.xlsx";
  // Only the last table (the members) is cut short; the parameter table is always shown whole.
  tables.forEach((table, index) =>
    lines.push("", ...tableLines(table, index === tables.length - 1 ? TEXT_ROWS : Infinity, flags, locale)),
  );
  return `${lines.join("\n")}\n`;
}

function tableLines(table: ReportTable, maxRows: number, flags: string, locale: Locale): string[] {
  const header = table.columns.map((column) => column.header);
  const shown = table.rows.slice(0, table.rows.length === maxRows + 1 ? maxRows + 1 : maxRows);
  const body = shown.map((row) =>
    row.map((cell, index) => formatCell(cell, table.columns[index]?.numberFormat ?? "General")),
  );
  const lines = [`${table.title}:`, textTable([header, ...body])];
  if (shown.length < table.rows.length)
    lines.push(`  ${t(locale, "line.more", { count: table.rows.length - shown.length, flags })}`);
  lines.push(...(table.notes ?? []).map((note) => `  ${note}`));
  return lines;
}

/** A cell as text by its Excel number format (the formats the clv tables use). */
function formatCell(cell: ReportCell, numberFormat: string): string {
  if (cell === null) return "";
  if (typeof cell !== "number") return String(cell);
  if (numberFormat === "yyyy-mm-dd") return isoFromExcelSerial(cell);
  if (numberFormat.endsWith("%")) return `${(cell * 100).toFixed(1)}%`;
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length;
  if (decimals !== undefined) return cell.toFixed(decimals);
  if (numberFormat === "0" || Number.isInteger(cell)) return String(Math.round(cell));
  return Number(cell.toPrecision(6)).toString();
}

function bgnbdParametersText(fit: Extract<ClvRun, { model: "bgnbd" }>["fit"], locale: Locale): ReportTable {
  const m = (key: Parameters<typeof clvMessages>[1], values?: Record<string, string>) =>
    clvMessages(locale, key, values);
  const unit = m(`unit.${fit.timeUnit}`);
  return {
    id: "clv.bgnbd.parameters",
    title: m("table.parameters"),
    columns: [
      { key: "parameter", header: m("header.parameter"), numberFormat: "@" },
      { key: "value", header: m("header.value"), numberFormat: "General" },
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

function bgnbdMembersText(
  members: readonly BgnbdMember[],
  modelUnit: TimeUnit,
  horizon: { readonly horizon: number; readonly periodUnit: TimeUnit },
  locale: Locale,
): ReportTable {
  const m = (key: Parameters<typeof clvMessages>[1], values?: Record<string, string | number>) =>
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
