import type ExcelJS from "exceljs";
import type { ReportTable } from "../../src/report/types";

/**
 * Excel's built-in "Green - Yellow - Red" colour scale as exceljs writes it (ARGB): red at the lowest value,
 * yellow at the 50th percentile, green at the highest. The task pane's port applies the same scale
 * (taskpane/excel/color-scale.ts).
 */
const HEAT_COLORS_ARGB = ["FFF8696B", "FFFFEB84", "FF63BE7B"] as const;

/**
 * Conditional formatting for a table's heat-map columns (`ReportTable.heatmapColumns`): one three-colour scale
 * per run of adjacent columns, over exactly their data rows (the header row is `headerRow`, 1-based; columns
 * start at A). Priorities count up from `firstPriority`. A table without rows or heat columns gets none;
 * keys that are not columns are ignored.
 *
 * Cost: O(columns).
 * @example heatmapFormattings(heatTable, 3, 1)[0]?.ref // "B4:Y10" (24 hour columns, 7 weekdays)
 */
export function heatmapFormattings(
  table: ReportTable,
  headerRow: number,
  firstPriority: number,
): ExcelJS.ConditionalFormattingOptions[] {
  const keys = new Set(table.heatmapColumns ?? []);
  if (keys.size === 0 || table.rows.length === 0) return [];
  const isHeat = (index: number) => {
    const column = table.columns[index];
    return column !== undefined && keys.has(column.key);
  };
  const firstRow = headerRow + 1;
  const lastRow = headerRow + table.rows.length;
  const formattings: ExcelJS.ConditionalFormattingOptions[] = [];
  for (let first = 0; first < table.columns.length; first++) {
    if (!isHeat(first)) continue;
    let last = first;
    while (isHeat(last + 1)) last++;
    formattings.push({
      ref: `${columnLetters(first)}${firstRow}:${columnLetters(last)}${lastRow}`,
      rules: [
        {
          type: "colorScale",
          priority: firstPriority + formattings.length,
          cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
          color: HEAT_COLORS_ARGB.map((argb) => ({ argb })),
        },
      ],
    });
    first = last;
  }
  return formattings;
}

/** Column letters of a zero-based index (bijective base 26): 0 → "A", 27 → "AB". */
function columnLetters(index: number): string {
  let letters = "";
  for (let remaining = index + 1; remaining > 0; remaining = Math.floor((remaining - 1) / 26)) {
    letters = String.fromCharCode(65 + ((remaining - 1) % 26)) + letters;
  }
  return letters;
}
