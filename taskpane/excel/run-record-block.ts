import type { Locale } from "../../src/i18n/locale";
import { runParameterRows } from "../../src/report/run-parameters";
import { formatRunTime } from "../../src/report/run-time";
import type { RunRecord } from "../../src/report/types";
import type { CellRect } from "./a1-address";
import { toExcelCell, type ExcelCell } from "./excel-cell";
import type { CellBlock } from "./layout-types";
import { portText } from "./messages";

/**
 * The run-record block written on every result sheet, two columns (label, value) from a top-left cell:
 * title, input address, row count, seed (when there is one), engine version, time, then the parameters
 * one per row under their own heading.
 *
 * @example runRecordBlocks(record, "en", 0, 9)[1].values[0] // ["'Input", "'Orders!A1:F200"]
 */
export function runRecordBlocks(
  record: RunRecord,
  locale: Locale,
  topRow: number,
  leftColumn: number,
): CellBlock[] {
  const label = (key: Parameters<typeof portText>[1]) => toExcelCell(portText(locale, key));
  const body: [ExcelCell, ExcelCell, string][] = [
    [label("inputAddress"), toExcelCell(record.inputAddress), "General"],
    [label("rowCount"), record.rowCount, "#,##0"],
    ...(record.seed === undefined
      ? []
      : [[label("seed"), record.seed, "0"] as [ExcelCell, ExcelCell, string]]),
    [label("engineVersion"), toExcelCell(record.engineVersion), "General"],
    [label("timestamp"), toExcelCell(formatRunTime(locale, record.timestampIso)), "General"],
  ];
  const parameters = runParameterRows(locale, record.parameters).map(
    ([name, value]): [ExcelCell, ExcelCell, string] => [
      toExcelCell(name),
      typeof value === "string" ? toExcelCell(value) : value,
      "General",
    ],
  );
  const blocks: CellBlock[] = [
    { rect: rect(topRow, leftColumn, 1), values: [[label("runRecordTitle"), ""]], bold: true },
    bodyBlock(body, rect(topRow + 1, leftColumn, body.length)),
  ];
  if (parameters.length > 0) {
    const headingRow = topRow + 1 + body.length;
    blocks.push({ rect: rect(headingRow, leftColumn, 1), values: [[label("parameters"), ""]], bold: true });
    blocks.push(bodyBlock(parameters, rect(headingRow + 1, leftColumn, parameters.length)));
  }
  return blocks;
}

function bodyBlock(rows: readonly [ExcelCell, ExcelCell, string][], where: CellRect): CellBlock {
  return {
    rect: where,
    values: rows.map(([name, value]) => [name, value]),
    numberFormats: rows.map(([, , format]) => ["General", format]),
  };
}

function rect(startRow: number, startColumn: number, rowCount: number): CellRect {
  return { startRow, startColumn, rowCount, columnCount: 2 };
}
