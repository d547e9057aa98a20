import { MAX_ROWS } from "./address";
import { cellValue } from "./formula";
import { DEFAULT_COLUMN_WIDTH_POINTS } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { RangeTarget } from "./range-ops";
import type { SimRequestContext } from "./request-context";

/**
 * Column width in points of a width in characters of the default font (Calibri 11, maximum digit width 7 px,
 * 5 px of padding: ECMA-376 Part 1, 18.3.1.13 "col", width), at 96 px per inch = 0.75 pt per px.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}

/** Display width of a value in character cells; East Asian wide characters take two. */
function displayWidth(value: unknown): number {
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

function columnWidthOf({ sheet, rect }: RangeTarget): number | null {
  let width: number | undefined;
  for (let column = rect.startColumn; column < rect.startColumn + rect.columnCount; column++) {
    const current = sheet.columnWidthsPoints.get(column) ?? DEFAULT_COLUMN_WIDTH_POINTS;
    if (width !== undefined && width !== current) return null;
    width = current;
  }
  return width ?? null;
}

const formatProperties: PropertyReaders<RangeTarget> = {
  // "null if the columns have different widths", like other RangeFormat properties over mixed cells.
  columnWidth: columnWidthOf,
};

/** Excel.RangeFormat: column widths (points) and autofit (ExcelApi 1.2), plus the font. */
export class RangeFormatProxy extends SimProxy<RangeTarget> {
  protected readonly properties = formatProperties;
  readonly font: RangeFontProxy;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, since);
    this.font = new RangeFontProxy(context, since, resolver);
  }

  resolve(): RangeTarget | null {
    return this.resolver();
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.queue("RangeFormat.columnWidth", points, 2, ({ sheet, rect }) => {
      for (let column = rect.startColumn; column < rect.startColumn + rect.columnCount; column++) {
        sheet.columnWidthsPoints.set(column, points);
      }
    });
  }

  /**
   * Fits each column of the range to the widest value in the whole column, not only in the range: Excel does
   * so (OfficeDev/office-js issues 1017 and 5999: "autofits based on all cells in the column(s) intersecting the
   * range, even when a small range (e.g., a single cell) is specified"). Columns without values keep their width.
   */
  autofitColumns(): void {
    this.queue("RangeFormat.autofitColumns", null, 2, ({ sheet, rect }) => {
      for (let column = rect.startColumn; column < rect.startColumn + rect.columnCount; column++) {
        let widest = 0;
        const wholeColumn = { startRow: 0, startColumn: column, rowCount: MAX_ROWS, columnCount: 1 };
        sheet.cells.forEachStoredCell(wholeColumn, (row) => {
          widest = Math.max(widest, displayWidth(cellValue(sheet, row, column) ?? ""));
        });
        if (widest > 0) sheet.columnWidthsPoints.set(column, characterWidthToPoints(widest + 1));
      }
    });
  }
}

const fontProperties: PropertyReaders<RangeTarget> = {
  bold: ({ sheet, rect }) => sheet.cells.bold(rect.startRow, rect.startColumn),
};

/** Excel.RangeFont, bold only. */
export class RangeFontProxy extends SimProxy<RangeTarget> {
  protected readonly properties = fontProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, since);
  }

  resolve(): RangeTarget | null {
    return this.resolver();
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.queue("RangeFont.bold", bold, 1, ({ sheet, rect }) => {
      for (let row = rect.startRow; row < rect.startRow + rect.rowCount; row++) {
        for (let column = rect.startColumn; column < rect.startColumn + rect.columnCount; column++) {
          sheet.cells.setBold(row, column, bold);
        }
      }
    });
  }
}
