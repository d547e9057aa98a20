import { useLayoutEffect, useState } from "react";
import { columnLetters, formatAddress, parseAddress, type CellRect } from "../taskpane/excel/a1-address";
import { ChartView } from "./ChartView";
import { colorScaleFills } from "./color-scale-fill";
import { formatCell } from "./format-cell";
import { logGridRender } from "./grid-render-log";
import type { SimulatedExcel } from "./simulator";

const shownRows = 300;
const shownColumns = 26;

export interface WorkbookViewProps {
  readonly excel: SimulatedExcel;
  /** Changes whenever the workbook did, so the view re-renders. */
  readonly version: number;
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

/** A plain rendering of the simulated workbook: sheet tabs, a grid with the selection, the charts. */
export function WorkbookView({ excel, version, onSelect }: WorkbookViewProps) {
  const renderStartMs = performance.now();
  // After the DOM is updated: the render and commit time of this grid (grid-render-log.ts).
  useLayoutEffect(() => logGridRender(renderStartMs));
  const [anchor, setAnchor] = useState<{ row: number; column: number } | null>(null);
  const workbook = excel.workbook;
  const sheetName = workbook.activeSheetName;
  const sheet = sheetName === null ? null : workbook.sheet(sheetName);
  const selectedAddress = workbook.selectedAddresses[0];
  const selected = selectedAddress === undefined ? undefined : parseAddress(selectedAddress);
  const selection = selected?.sheetName === sheetName ? selected?.rect : undefined;
  const visible = formatAddress({
    startRow: 0,
    startColumn: 0,
    rowCount: shownRows,
    columnCount: shownColumns,
  });
  const values = sheet?.values(visible) ?? [];
  const formats = sheet?.numberFormats(visible) ?? [];
  const heatFill = sheet === null ? () => undefined : colorScaleFills(sheet);
  // Excel column widths are in points; 4/3 px per point at 96 dpi.
  const columnWidthsPx = Array.from({ length: shownColumns }, (_unused, column) =>
    Math.max(24, Math.round(((sheet?.columnWidth(column) ?? 48) * 4) / 3)),
  );
  return (
    <div
      data-version={version}
      style={{ display: "flex", flexDirection: "column", height: "100%", minWidth: 0 }}
    >
      <div
        role="tablist"
        aria-label="Sheets"
        style={{
          display: "flex",
          gap: 2,
          borderBottom: "1px solid #ccc",
          background: "#f3f3f3",
          overflowX: "auto",
        }}
      >
        {workbook.sheetNames.map((candidate) => (
          <button
            key={candidate}
            role="tab"
            aria-selected={candidate === sheetName}
            data-sheet-tab={candidate}
            // The active sheet's tab is scrolled into view when the pane activates a sheet far along the row.
            ref={
              candidate === sheetName
                ? (element) => element?.scrollIntoView?.({ block: "nearest", inline: "nearest" })
                : undefined
            }
            onClick={() =>
              onSelect(formatAddress({ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }, candidate))
            }
            style={{
              border: "none",
              padding: "6px 12px",
              background: candidate === sheetName ? "#fff" : "transparent",
              borderBottom: candidate === sheetName ? "2px solid #107c41" : "2px solid transparent",
              fontWeight: candidate === sheetName ? 600 : 400,
              cursor: "pointer",
              // A name stays on one line (a Chinese name would break between any two characters); many sheets
              // scroll the tab row sideways, as Excel's tab row does.
              whiteSpace: "nowrap",
              flexShrink: 0,
            }}
          >
            {candidate}
          </button>
        ))}
      </div>
      <div style={{ display: "flex", flex: 1, minHeight: 0 }}>
        {/* contain: content (layout, paint, style; not size): the pane's updates beside the grid (progress text,
            its status) no longer repaint the grid's 7,800 cells, 40-70 ms a frame at 200,000 lines (issue 14). */}
        <div style={{ overflow: "auto", flex: 1, contain: "content" }} data-testid="grid">
          {sheet && (
            <table
              style={{
                borderCollapse: "collapse",
                tableLayout: "fixed",
                width: 36 + columnWidthsPx.reduce((total, widthPx) => total + widthPx, 0),
                fontSize: 12,
                fontFamily: "Calibri, Arial, sans-serif",
              }}
            >
              <thead>
                <tr>
                  <th style={{ position: "sticky", top: 0, background: "#eee", width: 36 }} />
                  {Array.from({ length: shownColumns }, (_unused, column) => (
                    <th
                      key={column}
                      style={{
                        position: "sticky",
                        top: 0,
                        background: "#eee",
                        border: "1px solid #ddd",
                        width: columnWidthsPx[column],
                      }}
                    >
                      {columnLetters(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: shownRows }, (_unused, row) => (
                  <tr key={row}>
                    <th style={{ background: "#eee", border: "1px solid #ddd", padding: "0 4px" }}>
                      {row + 1}
                    </th>
                    {Array.from({ length: shownColumns }, (_cell, column) => {
                      const value = values[row]?.[column] ?? "";
                      return (
                        <td
                          key={column}
                          onMouseDown={() => setAnchor({ row, column })}
                          onMouseUp={() => {
                            onSelect(
                              formatAddress(
                                rectBetween(anchor ?? { row, column }, { row, column }),
                                sheet.name,
                              ),
                            );
                            setAnchor(null);
                          }}
                          style={{
                            border: "1px solid #e5e5e5",
                            padding: "1px 4px",
                            whiteSpace: "nowrap",
                            // Excel lets text run on into empty neighbours; numbers and crowded cells are clipped.
                            overflow:
                              typeof value === "string" && (values[row]?.[column + 1] ?? "") === ""
                                ? "visible"
                                : "hidden",
                            textAlign: typeof value === "number" ? "right" : "left",
                            background: inRect(selection, row, column)
                              ? "#cce8d6"
                              : (heatFill(row, column) ?? (row < sheet.frozenRows ? "#fafafa" : "#fff")),
                            userSelect: "none",
                          }}
                        >
                          {formatCell(value, formats[row]?.[column] ?? "General")}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {sheet && sheet.charts.length > 0 && (
          <aside
            style={{ overflow: "auto", borderLeft: "1px solid #ddd", background: "#fafafa" }}
            aria-label="Charts"
          >
            {sheet.charts.map((chart) => (
              <ChartView key={chart.name} excel={excel} chart={chart} />
            ))}
          </aside>
        )}
      </div>
    </div>
  );
}
