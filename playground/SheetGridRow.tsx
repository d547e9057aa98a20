import type { CellValue } from "./simulator";
import { formatCell } from "./format-cell";

const headerBorder = "1px solid #ddd";
const cellBorder = "1px solid #e5e5e5";

export interface SheetGridRowProps {
  /** The row's index on the sheet (0-based); its header shows row + 1. */
  readonly row: number;
  /** The row's shown cells and their number formats, one per column. */
  readonly values: readonly (CellValue | "")[];
  readonly formats: readonly string[];
  /** The background of the cell in `column` (selection, colour scale, frozen header or white). */
  readonly fill: (column: number) => string;
  readonly onCellDown: (column: number) => void;
  readonly onCellUp: (column: number) => void;
}

/**
 * One grid row: its number, then its cells formatted as Excel shows them. Borders are drawn right and bottom only,
 * so the line between two row blocks (SheetGrid.tsx) is one pixel, as within one table.
 */
export function SheetGridRow({ row, values, formats, fill, onCellDown, onCellUp }: SheetGridRowProps) {
  return (
    <tr>
      <th
        style={{
          background: "#eee",
          borderLeft: headerBorder,
          borderRight: headerBorder,
          borderBottom: headerBorder,
          padding: "0 4px",
        }}
      >
        {row + 1}
      </th>
      {values.map((value, column) => (
        <td
          key={column}
          onMouseDown={() => onCellDown(column)}
          onMouseUp={() => onCellUp(column)}
          style={{
            borderRight: cellBorder,
            borderBottom: cellBorder,
            padding: "1px 4px",
            whiteSpace: "nowrap",
            // Excel lets text run on into empty neighbours; numbers and crowded cells are clipped.
            overflow: typeof value === "string" && (values[column + 1] ?? "") === "" ? "visible" : "hidden",
            textAlign: typeof value === "number" ? "right" : "left",
            background: fill(column),
            userSelect: "none",
          }}
        >
          {formatCell(value, formats[column] ?? "General")}
        </td>
      ))}
    </tr>
  );
}
