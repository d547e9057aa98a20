import { useLayoutEffect } from "react";
import { formatAddress, parseAddress } from "../taskpane/excel/a1-address";
import { ChartView } from "./ChartView";
import { logGridRender } from "./grid-render-log";
import { SheetGrid } from "./SheetGrid";
import type { SimulatedExcel } from "./simulator";

export interface WorkbookViewProps {
  readonly excel: SimulatedExcel;
  /** Changes whenever the workbook did, so the view re-renders. */
  readonly version: number;
  /** The user selected cells (a sheet-qualified address). */
  readonly onSelect: (address: string) => void;
}

/** A plain rendering of the simulated workbook: sheet tabs, a grid with the selection, the charts. */
export function WorkbookView({ excel, version, onSelect }: WorkbookViewProps) {
  const renderStartMs = performance.now();
  // After the DOM is updated: the render and commit time of this grid (grid-render-log.ts).
  useLayoutEffect(() => logGridRender(renderStartMs));
  const workbook = excel.workbook;
  const sheetName = workbook.activeSheetName;
  const sheet = sheetName === null ? null : workbook.sheet(sheetName);
  const selectedAddress = workbook.selectedAddresses[0];
  const selected = selectedAddress === undefined ? undefined : parseAddress(selectedAddress);
  const selection = selected?.sheetName === sheetName ? selected?.rect : undefined;
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
          {sheet && <SheetGrid sheet={sheet} selection={selection} onSelect={onSelect} />}
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
