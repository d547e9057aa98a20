import { columnNumber, addressOf, readAddress, type CellRect } from "./address";
import type { CellValue } from "./cell-store";
import { cellValue, formulaText } from "./formula";
import { conditionalFormatSnapshot, type ConditionalFormatSnapshot } from "./conditional-format-ops";
import {
  DEFAULT_COLUMN_WIDTH_POINTS,
  type CellsRef,
  type ChartModel,
  type SheetModel,
  type WorkbookModel,
} from "./model";

export interface CellSnapshot {
  /** "" for an empty cell, as `Range.values` reads it. */
  readonly value: CellValue | "";
  readonly numberFormat: string;
  readonly formula?: string;
  readonly bold: boolean;
}

export interface TableSnapshot {
  readonly name: string;
  readonly address: string;
  readonly hasHeaders: boolean;
  readonly style: string;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  readonly seriesBy: string;
  readonly sourceAddress: string;
  readonly title: string;
  readonly legendVisible: boolean;
  readonly legendPosition: string;
  readonly dataLabelsShowValue: boolean;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly series: readonly {
    readonly name: string;
    readonly valuesAddress: string | null;
    readonly xValuesAddress: string | null;
  }[];
  /** Cells the chart covers, as set with `setPosition`; null until placed. */
  readonly topLeftCell: string | null;
  readonly bottomRightCell: string | null;
}

/** Read-only view of one sheet for tests and the playground's grid. Reading it sends no request. */
export interface SheetInspector {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly frozenRows: number;
  readonly tables: readonly TableSnapshot[];
  readonly charts: readonly ChartSnapshot[];
  /** Conditional formats (colour scales with their criteria), in the order they were added. */
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
  /** Address of the used range (sheet-qualified), or null for an empty sheet. */
  usedAddress(valuesOnly?: boolean): string | null;
  /** Values of a block ("A1:C3"); the used range by default, [] for an empty sheet. */
  values(address?: string): (CellValue | "")[][];
  numberFormats(address?: string): string[][];
  cell(address: string): CellSnapshot;
  /** Width in points of a column given by letters ("B") or zero-based index. */
  columnWidth(column: string | number): number;
}

/** A workbook-scoped defined name, as Name Manager would list it. */
export interface NameSnapshot {
  readonly name: string;
  /** "=Segments!$A$1", or "=#REF!$A$1" once the sheet is deleted. */
  readonly formula: string;
  readonly visible: boolean;
}

export interface WorkbookInspector {
  /** Worksheet names in tab order. */
  readonly sheetNames: readonly string[];
  /** Chart sheets (not worksheets, but their names are taken). */
  readonly chartSheetNames: readonly string[];
  readonly names: readonly NameSnapshot[];
  readonly activeSheetName: string | null;
  /** Addresses of the selected areas. */
  readonly selectedAddresses: readonly string[];
  readonly settings: Readonly<Record<string, unknown>>;
  readonly calculationMode: string;
  hasSheet(name: string): boolean;
  /** Throws when there is no such sheet. */
  sheet(name: string): SheetInspector;
}

export function inspectWorkbook(model: WorkbookModel): WorkbookInspector {
  return {
    get sheetNames() {
      return model.sheets.map((sheet) => sheet.name);
    },
    get chartSheetNames() {
      return [...model.chartSheetNames];
    },
    get names() {
      return model.names.map(({ name, formula, visible }) => ({
        name,
        formula: formulaText(formula),
        visible,
      }));
    },
    get activeSheetName() {
      return model.activeSheet?.name ?? null;
    },
    get selectedAddresses() {
      const selection = model.selection;
      return selection === null ? [] : selection.areas.map((area) => addressOf(area, selection.sheet.name));
    },
    get settings() {
      return Object.fromEntries(model.settings);
    },
    get calculationMode() {
      return model.calculationMode;
    },
    hasSheet: (name) => model.findSheet(name) !== undefined,
    sheet: (name) => {
      const sheet = model.findSheet(name);
      if (sheet === undefined)
        throw new Error(
          `The simulated workbook has no sheet "${name}" (sheets: ${model.sheets.map((each) => each.name).join(", ")})`,
        );
      return inspectSheet(model, sheet);
    },
  };
}

function inspectSheet(model: WorkbookModel, sheet: SheetModel): SheetInspector {
  const rectOf = (address: string | undefined): CellRect | null =>
    address === undefined ? sheet.cells.usedRect(true) : readAddress(address).rect;
  const grid = <T>(address: string | undefined, cell: (row: number, column: number) => T): T[][] => {
    const rect = rectOf(address);
    if (rect === null) return [];
    return Array.from({ length: rect.rowCount }, (_, row) =>
      Array.from({ length: rect.columnCount }, (_, column) =>
        cell(rect.startRow + row, rect.startColumn + column),
      ),
    );
  };
  return {
    name: sheet.name,
    id: sheet.id,
    position: model.sheets.indexOf(sheet),
    frozenRows: sheet.frozenRows,
    tables: model.tables
      .filter((table) => table.sheet === sheet)
      .map((table) => ({
        name: table.name,
        address: addressOf(table.rect, sheet.name),
        hasHeaders: table.hasHeaders,
        style: table.style,
      })),
    charts: sheet.charts.map(chartSnapshot),
    conditionalFormats: sheet.conditionalFormats.map(conditionalFormatSnapshot),
    usedAddress: (valuesOnly = true) => {
      const rect = sheet.cells.usedRect(valuesOnly);
      return rect === null ? null : addressOf(rect, sheet.name);
    },
    values: (address) => grid(address, (row, column) => cellValue(sheet, row, column) ?? ""),
    numberFormats: (address) => grid(address, (row, column) => sheet.cells.format(row, column)),
    cell: (address) => {
      const { startRow, startColumn } = readAddress(address).rect;
      const formula = sheet.cells.formula(startRow, startColumn);
      return {
        value: cellValue(sheet, startRow, startColumn) ?? "",
        numberFormat: sheet.cells.format(startRow, startColumn),
        bold: sheet.cells.bold(startRow, startColumn),
        ...(formula === undefined ? {} : { formula: formulaText(formula) }),
      };
    },
    columnWidth: (column) =>
      sheet.columnWidthsPoints.get(typeof column === "number" ? column : columnNumber(column)) ??
      DEFAULT_COLUMN_WIDTH_POINTS,
  };
}

function chartSnapshot(chart: ChartModel): ChartSnapshot {
  const address = (cells: CellsRef | null) =>
    cells === null ? null : addressOf(cells.rect, cells.sheet.name);
  return {
    name: chart.name,
    type: chart.type,
    seriesBy: chart.seriesBy,
    sourceAddress: addressOf(chart.source.rect, chart.source.sheet.name),
    title: chart.title,
    legendVisible: chart.legendVisible,
    legendPosition: chart.legendPosition,
    dataLabelsShowValue: chart.dataLabelsShowValue,
    categoryAxisTitle: chart.categoryAxisTitle,
    valueAxisTitle: chart.valueAxisTitle,
    series: chart.series.map((series) => ({
      name: series.name,
      valuesAddress: address(series.values),
      xValuesAddress: address(series.xValues),
    })),
    topLeftCell: chart.topLeftCell,
    bottomRightCell: chart.bottomRightCell,
  };
}
