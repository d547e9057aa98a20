import { tableSourceOf } from "./table-source";
import { buildColumn, readingHintsOf } from "./build-column";
import { displayCell } from "./cell-value";
import { checkTableOptions, HEADER_SAMPLE_ROWS, noDataRowsError, planColumns } from "./column-plan";
import { locateGridBlock } from "./grid-block";
import { detectHeader } from "./header";
import { inferColumnType } from "./infer-type";
import { QualityLog } from "./quality";
import { scanDataRows } from "./row-checks";
import type { RawGrid, Table, TableOptions } from "./types";

/**
 * Turns a grid (Office.js values + number formats, or a parsed CSV/XLSX sheet) into a typed,
 * column-oriented table with recognised column roles and a data-quality report.
 *
 * Steps: leading/trailing blank rows and fully blank columns are left out; the header row is detected
 * (detectHeader) unless `options.header` says; names are made unique (uniqueColumnNames); roles come from
 * the user (`options.roles`) and then from the headers (assignRoles); each column's type is the user's
 * (`options.types`), else its role's (ROLE_TYPES), else inferred (inferColumnType, 90% rule); cells that do
 * not fit are null and reported. See QUALITY_RULES for what is reported; nothing is dropped silently.
 *
 * Cost: O(cells) parses; memory one copy of the cells, column-wise.
 *
 * @throws CoreError INVALID_GRID, EMPTY_GRID, NO_DATA_ROWS, UNKNOWN_COLUMN, UNKNOWN_ROLE, UNKNOWN_TYPE,
 *   COLUMN_ROLE_CONFLICT, INVALID_OPTION
 * @example
 * const table = tableFromGrid({ values: [["Customer ID", "Sales"], ["C1", "1,200"], ["C2", 80]] });
 * table.columns.map((column) => [column.name, column.role, column.type]);
 * // [["Customer ID", "memberId", "text"], ["Sales", "amount", "number"]]
 * table.columns[1]?.values // [1200, 80]
 */
export function tableFromGrid(grid: RawGrid, options: TableOptions = {}): Table {
  checkTableOptions(options);
  const block = locateGridBlock(grid);
  const rows = grid.values;
  const firstRowNumber = grid.firstRowNumber ?? 1;
  const hasHeader =
    options.header === undefined || options.header === "auto"
      ? detectHeader(
          rows
            .slice(block.firstRow, block.firstRow + HEADER_SAMPLE_ROWS)
            .map((row) => block.columns.map((column) => row[column])),
        )
      : options.header;
  const headerRow = hasHeader ? (rows[block.firstRow] ?? []) : [];
  const headers = block.columns.map((column) => (hasHeader ? displayCell(headerRow[column]) : ""));

  const log = new QualityLog(rows.length);
  const dataFrom = hasHeader ? block.firstRow + 1 : block.firstRow;
  const expectedWidth = (rows[block.firstRow] ?? []).length;
  const range = { from: dataFrom, to: block.lastRow, firstRowNumber };
  const dataRows = scanDataRows(rows, range, block.columns, expectedWidth, log);
  if (dataRows.gridIndexes.length === 0) throw noDataRowsError(firstRowNumber + block.firstRow);

  const readingHints = readingHintsOf(options);
  const cellsOf = (sourceIndex: number) =>
    dataRows.gridIndexes.map((gridIndex) => rows[gridIndex]?.[sourceIndex]);
  const formatsOf = (sourceIndex: number) =>
    grid.numberFormats
      ? dataRows.gridIndexes.map((gridIndex) => grid.numberFormats?.[gridIndex]?.[sourceIndex])
      : undefined;
  const planned = planColumns(headers, options, (position) => {
    const sourceIndex = block.columns[position] as number;
    const hints = { header: headers[position] ?? "", ...readingHints };
    return inferColumnType(cellsOf(sourceIndex), formatsOf(sourceIndex), hints).type;
  });
  const columns = block.columns.map((sourceIndex, position) => {
    const { name, header, role, knownType } = planned[position] as (typeof planned)[number];
    const cells = cellsOf(sourceIndex);
    const formats = formatsOf(sourceIndex);
    const reading = inferColumnType(cells, formats, { header, knownType, ...readingHints });
    const source = { name, header, sourceIndex, role, cells, formats };
    return buildColumn(source, reading, {
      rowNumbers: dataRows.rowNumbers,
      log,
      todaySerial: options.todaySerial,
    });
  });

  return {
    rowCount: dataRows.gridIndexes.length,
    columns,
    headerRowNumber: hasHeader ? firstRowNumber + block.firstRow : null,
    sourceRowNumbers: dataRows.rowNumbers,
    quality: log.issues(),
    ...tableSourceOf(options),
  };
}
