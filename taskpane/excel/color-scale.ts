import type { ReportTable } from "../../src/report/types";
import { formatAddress, type CellRect } from "./a1-address";
import type { ColorScaleCriteriaLike, WorksheetLike } from "./excel-shape";
import type { TablePlacement } from "./layout-types";

/**
 * The three-colour scale of heat-map columns: Excel's built-in "Green - Yellow - Red" scale (red #F8696B at the
 * lowest value, yellow #FFEB84 at the 50th percentile, green #63BE7B at the highest). Excel leaves blank and
 * text cells uncoloured. The CLI's XLSX writer uses the same colours.
 *
 * @example heatScaleCriteria().midpoint // { type: "Percentile", formula: "50", color: "#FFEB84" }
 */
export function heatScaleCriteria(): ColorScaleCriteriaLike {
  return {
    minimum: { type: "LowestValue", color: "#F8696B" },
    midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
    maximum: { type: "HighestValue", color: "#63BE7B" },
  };
}

/**
 * The data cells of a table's heat-map columns (`ReportTable.heatmapColumns`), one block per run of adjacent
 * columns, so a weekday × hour matrix shares one scale. Columns are taken in sheet order, whatever the order of
 * the keys; a table without data rows has none.
 *
 * Cost: O(columns).
 * @example heatmapRects(heatTable, { headerRow: 3, leftColumn: 0, dataRowCount: 7, ... }) // [{ startRow: 4, startColumn: 1, rowCount: 7, columnCount: 24 }]
 */
export function heatmapRects(table: ReportTable, placement: TablePlacement): CellRect[] {
  const keys = new Set(table.heatmapColumns ?? []);
  if (keys.size === 0 || placement.dataRowCount === 0) return [];
  const { columns } = table;
  const rects: CellRect[] = [];
  for (let first = 0; first < columns.length; first++) {
    if (!keys.has(columns[first]?.key ?? "")) continue;
    let last = first;
    while (last + 1 < columns.length && keys.has(columns[last + 1]?.key ?? "")) last++;
    rects.push({
      startRow: placement.headerRow + 1,
      startColumn: placement.leftColumn + first,
      rowCount: placement.dataRowCount,
      columnCount: last - first + 1,
    });
    first = last;
  }
  return rects;
}

/**
 * Queues a three-colour scale over a block (`Range.conditionalFormats.add(ColorScale)` and its criteria,
 * ExcelApi 1.6; learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting, "Color
 * scale"). Nothing is synced here.
 */
export function queueColorScale(sheet: WorksheetLike, rect: CellRect): void {
  const format = sheet.getRange(formatAddress(rect)).conditionalFormats.add("ColorScale");
  format.colorScale.criteria = heatScaleCriteria();
}
