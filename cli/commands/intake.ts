import { intakeAnalysis, type IntakeResult } from "../../src/analysis/intake";
import type { Locale } from "../../src/i18n/locale";
import { tableText } from "../../src/i18n/messages/table";
import { excelSerialFromEpochMs } from "../../src/table/excel-serial";
import type { InputShape } from "../../src/table/input-shape";
import type { ColumnRole, ColumnType, QualityIssue } from "../../src/table/types";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";
import { runSheets, type AnalysisInput, type CommandRun } from "./analysis-input";
import { textHeading, textPair } from "../text-heading";

export interface IntakeJson {
  readonly rows: number;
  readonly columns: readonly {
    readonly name: string;
    readonly role: ColumnRole | null;
    readonly type: ColumnType;
  }[];
  readonly issues: readonly QualityIssue[];
  /** How the member analyses read the table: "orderLines" or "perMember" (one row per member). */
  readonly shape: InputShape;
}

/** `intake --input FILE`: the table's shape, each column's role and type, and the data-quality report. */
export const intakeCommand = defineCommand<CommandRun<IntakeResult, AnalysisInput>>({
  usage: "intake --input FILE [--sheet NAME] [--member COL ...] [--json] [--out FILE.xlsx]",
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS },
  async run(args) {
    // Today is given so that dates after it are reported (futureDate): only the data check asks for that.
    const loaded = await loadTable(args, excelSerialFromEpochMs(Date.now()) ?? undefined);
    const runRecord = cliRunRecord(
      loaded.inputAddress,
      loaded.table.rowCount,
      parametersFromFlags(args.values),
    );
    const context = { locale: args.locale, runRecord };
    return { input: { loaded, context }, run: intakeAnalysis(loaded.table, context) };
  },
  toJson({ run: { result } }): IntakeJson {
    return { rows: result.rowCount, columns: result.columns, issues: result.issues, shape: result.shape };
  },
  renderText: renderIntakeText,
  resultSheets: runSheets,
});

function renderIntakeText({ input, run }: CommandRun<IntakeResult, AnalysisInput>, locale: Locale): string {
  const { source, inputAddress } = input.loaded;
  const [columnsTable, qualityTable] = run.sheets()[0]?.tables ?? [];
  const lines: string[] = [
    `${inputAddress}${source.delimiter === null ? "" : ` (${delimiterName(source.delimiter)})`}`,
  ];
  lines.push(...(columnsTable?.notes ?? []).map((note) => `  ${note}`), "");
  if (columnsTable !== undefined) {
    lines.push(textHeading(columnsTable.title));
    const header = columnsTable.columns.map((column) => column.header);
    const body = columnsTable.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
    lines.push(textTable([header, ...body]), "");
  }
  const { issues } = run.result;
  lines.push(textHeading(qualityTable?.title ?? tableText(locale, "intake.qualityTitle")));
  if (issues.length === 0) lines.push(`  ${tableText(locale, "intake.noIssues")}`);
  issues.forEach((issue, index) => {
    const name = qualityTable?.rows[index]?.[0] ?? issue.rule;
    lines.push(`  ${textPair(String(name), issue.count)}`);
    for (const example of issue.examples) {
      const where =
        example.column === ""
          ? tableText(locale, "intake.exampleRow", { row: example.row })
          : tableText(locale, "intake.exampleCell", { row: example.row, column: example.column });
      lines.push(`      ${textPair(where, JSON.stringify(example.value))}`);
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
