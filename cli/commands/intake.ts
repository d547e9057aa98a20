import type { Locale } from "../../src/i18n/locale";
import { tableText } from "../../src/i18n/messages/table";
import { intakeSummarySheet } from "../../src/report/intake-summary";
import { excelSerialFromEpochMs } from "../../src/table/excel-serial";
import type { ColumnRole, ColumnType, QualityIssue } from "../../src/table/types";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadTable } from "../load-table";
import type { LoadedTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";

/** What intake reports: the --json document is exactly { rows, columns, issues }. */
export interface IntakeResult {
  readonly loaded: LoadedTable;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
}

export interface IntakeJson {
  readonly rows: number;
  readonly columns: readonly {
    readonly name: string;
    readonly role: ColumnRole | null;
    readonly type: ColumnType;
  }[];
  readonly issues: readonly QualityIssue[];
}

/** `intake --input FILE`: the table's shape, each column's role and type, and the data-quality report. */
export const intakeCommand = defineCommand<IntakeResult>({
  usage: "intake --input FILE [--sheet NAME] [--member COL ...] [--json] [--out FILE.xlsx]",
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS },
  async run(args) {
    const today = excelSerialFromEpochMs(Date.now()) ?? undefined;
    const loaded = await loadTable(args, today);
    return { loaded, parameters: parametersFromFlags(args.values) };
  },
  toJson({ loaded: { table } }): IntakeJson {
    return {
      rows: table.rowCount,
      columns: table.columns.map(({ name, role, type }) => ({ name, role, type })),
      issues: table.quality.map(({ rule, count, examples }) => ({
        rule,
        count,
        examples: examples.map(({ row, column, value }) => ({ row, column, value })),
      })),
    };
  },
  renderText: renderIntakeText,
  resultSheets({ loaded, parameters }, locale) {
    const runRecord = cliRunRecord(loaded.inputAddress, loaded.table.rowCount, parameters);
    return [intakeSummarySheet(loaded.table, locale, runRecord)];
  },
});

function renderIntakeText({ loaded }: IntakeResult, locale: Locale): string {
  const { table, source, inputAddress } = loaded;
  const summary = intakeSummarySheet(table, locale, cliRunRecord(inputAddress, table.rowCount, {}));
  const [columnsTable, qualityTable] = summary.tables;
  const lines: string[] = [
    `${inputAddress}${source.delimiter === null ? "" : ` (${delimiterName(source.delimiter)})`}`,
  ];
  lines.push(...(columnsTable?.notes ?? []).map((note) => `  ${note}`), "");
  if (columnsTable !== undefined) {
    lines.push(`${columnsTable.title}:`);
    const header = columnsTable.columns.map((column) => column.header);
    const body = columnsTable.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
    lines.push(textTable([header, ...body]), "");
  }
  lines.push(`${qualityTable?.title ?? tableText(locale, "intake.qualityTitle")}:`);
  if (table.quality.length === 0) lines.push(`  ${tableText(locale, "intake.noIssues")}`);
  table.quality.forEach((issue, index) => {
    const name = qualityTable?.rows[index]?.[0] ?? issue.rule;
    lines.push(`  ${String(name)} (${issue.rule}): ${issue.count}`);
    for (const example of issue.examples) {
      const where = example.column === "" ? `row ${example.row}` : `row ${example.row}, ${example.column}`;
      lines.push(`      ${where}: ${JSON.stringify(example.value)}`);
    }
  });
  return `${lines.join("\n")}\n`;
}

function delimiterName(delimiter: string): string {
  if (delimiter === "\t") return "tab-separated";
  if (delimiter === ";") return "semicolon-separated";
  if (delimiter === "|") return "pipe-separated";
  return "comma-separated";
}
