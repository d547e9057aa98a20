import type { Locale } from "../../../src/i18n/locale";
import { clvMessages } from "../../../src/i18n/messages/clv";
import { CLV_DISTRIBUTION_TABLE_ID } from "../../../src/report/clv";
import type { ReportCell, ReportTable } from "../../../src/report/types";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import { textTable } from "../../text-table";
import { clvCliMessages as t } from "./messages";
import type { ClvRun } from "./models";

/** Members printed in text output; the rest are in --json and --out. */
const TEXT_ROWS = 10;

/** The text output: what was fitted on what, the parameter table, the first members and the notes. */
export function renderClvText(clv: ClvRun, locale: Locale): string {
  const { source } = clv;
  const customers = clv.model === "gammagamma" ? clv.run.result.values.rows.length : source.customers;
  const lines = [t(locale, `title.${clv.model}`, { customers, source: source.address })];
  if (source.calibrationEnd !== null) {
    lines.push(
      t(locale, "line.calibration", { date: source.calibrationEnd, after: source.transactionsAfterEnd ?? 0 }),
    );
  }
  if ((source.rowsSkipped ?? 0) > 0)
    lines.push(t(locale, "line.skipped", { count: source.rowsSkipped ?? 0 }));
  if (clv.model === "bgnbd") {
    const { fit, horizonPeriods: horizon, periodUnit } = clv.run.result;
    const unit = clvMessages(locale, `unit.${fit.timeUnit}`);
    lines.push(
      t(locale, "line.units", { unit, horizon, periodUnit: clvMessages(locale, `unit.${periodUnit}`) }),
    );
  } else if (clv.model === "gammagamma" && clv.run.result.excludedZeroSpend > 0) {
    lines.push(t(locale, "line.excluded", { count: clv.run.result.excludedZeroSpend }));
  }
  // The sheet's tables; the distribution is on the --out sheet only.
  const tables = clv.run
    .sheets()
    .flatMap((sheet) => sheet.tables)
    .filter((table) => table.id !== CLV_DISTRIBUTION_TABLE_ID);
  const flags = clv.model === "bgnbd" ? "--json" : "--json / --out FILE.xlsx";
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
