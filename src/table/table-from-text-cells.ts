import { tableSourceOf } from "./table-source";
import { readingHintsOf } from "./build-column";
import { buildTextColumn } from "./build-text-column";
import { checkTableOptions, HEADER_SAMPLE_ROWS, noDataRowsError, planColumns } from "./column-plan";
import { detectHeader } from "./header";
import { inferColumnType } from "./infer-type";
import { QualityLog } from "./quality";
import { TextCellReader } from "./text-cell-reader";
import { checkTextCells, type TextCells } from "./text-cells";
import { locateTextBlock } from "./text-cells-block";
import { scanTextRows } from "./text-row-checks";
import type { Table, TableOptions } from "./types";

/**
 * tableFromGrid for delimited text already split into cells (TextCells, e.g. a parsed CSV): the same Table
 * — blocks, header detection, names, roles, types, values, quality report, errors — as tableFromGrid gives
 * for the grid of strings holding the same cells, built column by column from offsets into the text
 * instead of from a row array per line. On a million order lines that array of rows, and a string per cell,
 * cost more than all the typing (bench/rfm).
 *
 * The steps are tableFromGrid's and reuse its parts (detectHeader, uniqueColumnNames, assignRoles,
 * the override resolvers, inferColumnType, buildColumn, QualityLog); only the row scan and the commonest
 * clean cells ("yyyy-mm-dd", plain decimals, plain text) are read on offsets (see buildTextColumn).
 *
 * Cost: O(characters); memory: the values of the table plus a few Int32Arrays.
 *
 * @throws CoreError INVALID_GRID (offsets out of order or outside the text), EMPTY_GRID, NO_DATA_ROWS,
 *   UNKNOWN_COLUMN, UNKNOWN_ROLE, UNKNOWN_TYPE, COLUMN_ROLE_CONFLICT, INVALID_OPTION — with tableFromGrid's
 *   messages, so a user sees the same words whichever path read the file
 * @example
 * const text = "Customer ID,Sales\nC1,1200\nC2,80";
 * const table = tableFromTextCells({ text, rowFirstCell: Int32Array.of(0, 2, 4, 6),
 *   cellStart: Int32Array.of(0, 12, 18, 21, 26, 29), cellEnd: Int32Array.of(11, 17, 20, 25, 28, 31) });
 * table.columns.map((column) => [column.name, column.role, column.type]);
 * // [["Customer ID", "memberId", "text"], ["Sales", "amount", "number"]]
 * table.columns[1]?.values // [1200, 80]
 */
export function tableFromTextCells(cells: TextCells, options: TableOptions = {}): Table {
  checkTableOptions(options);
  checkTextCells(cells);
  const reader = new TextCellReader(cells);
  const block = locateTextBlock(reader);
  const firstRowNumber = cells.firstRowNumber ?? 1;
  const hasHeader =
    options.header === undefined || options.header === "auto"
      ? detectHeader(headerSample(reader, block.firstRow, block.columns))
      : options.header;
  const headers = block.columns.map((column) => (hasHeader ? reader.display(block.firstRow, column) : ""));

  const log = new QualityLog(reader.rowCount);
  const range = {
    from: hasHeader ? block.firstRow + 1 : block.firstRow,
    to: block.lastRow,
    firstRowNumber,
    filledRows: block.filledRows,
  };
  const dataRows = scanTextRows(reader, range, block.columns, reader.width(block.firstRow), log);
  if (dataRows.gridIndexes.length === 0) throw noDataRowsError(firstRowNumber + block.firstRow);

  const readingHints = readingHintsOf(options);
  const planned = planColumns(headers, options, (position) => {
    const column = block.columns[position] as number;
    const cells = dataRows.gridIndexes.map((row) => reader.raw(row, column));
    const hints = { header: headers[position] ?? "", ...readingHints };
    return inferColumnType(cells, undefined, hints).type;
  });
  const columns = block.columns.map((sourceIndex, position) => {
    const source = { ...(planned[position] as (typeof planned)[number]), sourceIndex };
    return buildTextColumn(reader, source, dataRows.gridIndexes, {
      rowNumbers: dataRows.rowNumbers,
      log,
      todaySerial: options.todaySerial,
      readingHints,
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

/** The first rows of the block, its columns only, as detectHeader reads them from a grid. */
function headerSample(
  reader: TextCellReader,
  firstRow: number,
  columns: readonly number[],
): (string | undefined)[][] {
  const lastRow = Math.min(reader.rowCount, firstRow + HEADER_SAMPLE_ROWS);
  const rows: (string | undefined)[][] = [];
  for (let row = firstRow; row < lastRow; row++) rows.push(columns.map((column) => reader.raw(row, column)));
  return rows;
}
