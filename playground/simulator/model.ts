import type { CellRect } from "./address";
import { CellStore } from "./cell-store";
import type { ConditionalFormatModel } from "./conditional-format-ops";
import type { CellFormula } from "./formula";

/** Excel's default column width: 8.43 characters of Calibri 11 = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

export interface SheetModel {
  /** Changes when the workbook is reopened (WorkbookModel.reassignSheetIds). */
  id: string;
  name: string;
  readonly cells: CellStore;
  frozenRows: number;
  readonly columnWidthsPoints: Map<number, number>;
  readonly charts: ChartModel[];
  /** In the order they were added (Excel's priority order: first added, first listed). */
  readonly conditionalFormats: ConditionalFormatModel[];
  deleted: boolean;
}

export interface TableModel {
  readonly id: string;
  readonly name: string;
  readonly sheet: SheetModel;
  readonly rect: CellRect;
  readonly hasHeaders: boolean;
  readonly style: string;
}

/** Cells on a sheet; addresses are formatted when inspected, so they follow a renamed sheet as Excel's do. */
export interface CellsRef {
  readonly sheet: SheetModel;
  readonly rect: CellRect;
}

export interface ChartSeriesModel {
  name: string;
  values: CellsRef | null;
  xValues: CellsRef | null;
}

export interface ChartModel {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly seriesBy: string;
  readonly source: CellsRef;
  title: string;
  legendVisible: boolean;
  /** ChartLegend.position (ExcelApi 1.1): "Right" until set. */
  legendPosition: string;
  /** ChartDataLabels.showValue (ExcelApi 1.1): the values written on the bars or points. */
  dataLabelsShowValue: boolean;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  readonly series: ChartSeriesModel[];
  topLeftCell: string | null;
  bottomRightCell: string | null;
}

/** A workbook-scoped defined name (`workbook.names`): what it refers to, bound as a cell formula is. */
export interface NamedItemModel {
  readonly name: string;
  readonly formula: CellFormula;
  readonly comment: string;
  visible: boolean;
}

export interface SelectionModel {
  readonly sheet: SheetModel;
  readonly areas: readonly CellRect[];
  readonly activeRow: number;
  readonly activeColumn: number;
}

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

/** The whole simulated workbook. Proxies read and change it only while a sync runs. */
export class WorkbookModel {
  /** In tab order. */
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  readonly names: NamedItemModel[] = [];
  /**
   * Chart sheets: sheets that hold one chart. The Excel JavaScript API has no chart-sheet objects and does not
   * list them in `worksheets`, but they share the sheet-name space with worksheets (sheet-rules.ts).
   */
  readonly chartSheetNames: string[] = [];
  selection: SelectionModel | null = null;
  activeSheet: SheetModel | null = null;
  calculationMode: CalculationMode = "Automatic";
  private nextId = 1;

  /** Excel worksheet ids are GUIDs in braces; these are deterministic so tests can name them. */
  newSheetId(): string {
    const serial = (this.nextId++).toString(16).toUpperCase().padStart(12, "0");
    return `{00000000-0001-0000-0000-${serial}}`;
  }

  /**
   * A new session (closing and reopening the file): every worksheet gets a new id. Excel keeps an id "constant
   * within a single session but will change between sessions" (OfficeDev/office-js-docs issue 297), and the ids
   * it hands out after a reopen are positional, e.g. {00000000-0001-0000-0000-000000000000} for the first sheet
   * and {00000000-0001-0000-0003-000000000000} (OfficeDev/office-js issue 1390); the simulator numbers them by
   * tab position in the fourth group, so a sheet can get an id another sheet had before.
   */
  reassignSheetIds(): void {
    this.sheets.forEach((sheet, position) => {
      sheet.id = `{00000000-0001-0000-${position.toString(16).toUpperCase().padStart(4, "0")}-000000000000}`;
    });
  }

  newObjectId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((sheet) => sheet.id === nameOrId || sheet.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: this.newSheetId(),
      name,
      cells: new CellStore(),
      frozenRows: 0,
      columnWidthsPoints: new Map(),
      charts: [],
      conditionalFormats: [],
      deleted: false,
    };
    this.sheets.push(sheet);
    if (this.activeSheet === null)
      this.select(sheet, [{ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }]);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let index = this.tables.length - 1; index >= 0; index--) {
      if (this.tables[index]?.sheet === sheet) this.tables.splice(index, 1);
    }
    if (this.activeSheet === sheet) {
      const next = this.sheets[0];
      this.activeSheet = null;
      this.selection = null;
      if (next !== undefined)
        this.select(next, [{ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }]);
    }
  }

  /** Selects areas on a sheet (activating it); the active cell defaults to the first area's top-left. */
  select(sheet: SheetModel, areas: readonly CellRect[], active?: { row: number; column: number }): void {
    const first = areas[0];
    if (first === undefined) throw new Error("select needs at least one area");
    this.activeSheet = sheet;
    this.selection = {
      sheet,
      areas,
      activeRow: active?.row ?? first.startRow,
      activeColumn: active?.column ?? first.startColumn,
    };
  }

  /** "Table1", "Table2", ...: the first free name, as Excel names new tables. */
  nextTableName(): string {
    for (let index = 1; ; index++) {
      const name = `Table${index}`;
      if (!this.tables.some((table) => table.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }
}
