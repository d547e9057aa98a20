import { useState, type CSSProperties } from "react";
import { columnLetters, formatAddress, type CellRect } from "../taskpane/excel/a1-address";
import { colorScaleFills } from "./color-scale-fill";
import { gridRowBlocks } from "./grid-row-blocks";
import type { SheetInspector } from "./simulator";
import { SheetGridRow } from "./SheetGridRow";

const shownRows = 300;
const shownColumns = 26;
/** Rows per block: a block is the unit the browser skips when it is out of view (grid-row-blocks.ts). */
const rowsPerBlock = 20;
/**
 * A row's height before the browser has laid it out (17 px as measured in Chromium: a 14 px line of 12 px Arial,
 * 2 px padding, 1 px border): sizes a block not drawn yet, so the scroll bar is right before it is drawn.
 */
const estimatedRowHeightPx = 17;
const rowHeaderWidthPx = 36;

export interface SheetGridProps {
  readonly sheet: SheetInspector;
  /** The selected cells on this sheet, if any. */
  readonly selection: CellRect | undefined;
  /** The user selected cells (a sheet-qualified address). */
  readonly onSelect: (address: string) => void;
}

function inRect(rect: CellRect | undefined, row: number, column: number): boolean {
  return (
    rect !== undefined &&
    row >= rect.startRow &&
    row < rect.startRow + rect.rowCount &&
    column >= rect.startColumn &&
    column < rect.startColumn + rect.columnCount
  );
}

function rectBetween(a: { row: number; column: number }, b: { row: number; column: number }): CellRect {
  return {
    startRow: Math.min(a.row, b.row),
    startColumn: Math.min(a.column, b.column),
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}

/**
 * The first 300 × 26 cells of a sheet, Excel-like: a sticky header row of column letters, row numbers, number
 * formats, colour scales, the selection, drag to select.
 *
 * Why blocks: drawn as one table, the 7,800 cells cost a frame of about 85 ms (PrePaint + Paint) whenever a sheet
 * is shown, e.g. right after the pane writes its results (issue 14). Each block of 20 rows is its own table in a
 * box with `content-visibility: auto` (table rows cannot take containment), so the browser draws only the blocks
 * near the view; every row stays in the DOM.
 */
export function SheetGrid({ sheet, selection, onSelect }: SheetGridProps) {
  const [anchor, setAnchor] = useState<{ row: number; column: number } | null>(null);
  const visible = formatAddress({
    startRow: 0,
    startColumn: 0,
    rowCount: shownRows,
    columnCount: shownColumns,
  });
  const values = sheet.values(visible);
  const formats = sheet.numberFormats(visible);
  const heatFill = colorScaleFills(sheet);
  // Excel column widths are in points; 4/3 px per point at 96 dpi.
  const columnWidthsPx = Array.from({ length: shownColumns }, (_unused, column) =>
    Math.max(24, Math.round((sheet.columnWidth(column) * 4) / 3)),
  );
  const widthPx = rowHeaderWidthPx + columnWidthsPx.reduce((total, columnPx) => total + columnPx, 0);
  const tableStyle: CSSProperties = {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: widthPx,
    fontSize: 12,
    fontFamily: "Calibri, Arial, sans-serif",
  };
  const columns = (
    <colgroup>
      <col style={{ width: rowHeaderWidthPx }} />
      {columnWidthsPx.map((columnPx, column) => (
        <col key={column} style={{ width: columnPx }} />
      ))}
    </colgroup>
  );
  const headerBorder = "1px solid #ddd";
  return (
    <div style={{ width: widthPx }}>
      <div style={{ position: "sticky", top: 0, zIndex: 1 }}>
        <table style={tableStyle}>
          {columns}
          <thead>
            <tr>
              <th style={{ background: "#eee", border: headerBorder }} />
              {Array.from({ length: shownColumns }, (_unused, column) => (
                <th key={column} style={{ background: "#eee", border: headerBorder }}>
                  {columnLetters(column)}
                </th>
              ))}
            </tr>
          </thead>
        </table>
      </div>
      {gridRowBlocks(shownRows, rowsPerBlock).map((block) => (
        <div
          key={block.startRow}
          style={{
            contentVisibility: "auto",
            containIntrinsicSize: `auto ${widthPx}px auto ${block.rowCount * estimatedRowHeightPx}px`,
          }}
        >
          <table style={tableStyle}>
            {columns}
            <tbody>
              {Array.from({ length: block.rowCount }, (_unused, offset) => {
                const row = block.startRow + offset;
                return (
                  <SheetGridRow
                    key={row}
                    row={row}
                    values={Array.from(
                      { length: shownColumns },
                      (_cell, column) => values[row]?.[column] ?? "",
                    )}
                    formats={Array.from(
                      { length: shownColumns },
                      (_cell, column) => formats[row]?.[column] ?? "General",
                    )}
                    fill={(column) =>
                      inRect(selection, row, column)
                        ? "#cce8d6"
                        : (heatFill(row, column) ?? (row < sheet.frozenRows ? "#fafafa" : "#fff"))
                    }
                    onCellDown={(column) => setAnchor({ row, column })}
                    onCellUp={(column) => {
                      onSelect(
                        formatAddress(rectBetween(anchor ?? { row, column }, { row, column }), sheet.name),
                      );
                      setAnchor(null);
                    }}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
