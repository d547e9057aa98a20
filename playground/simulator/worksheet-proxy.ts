import { MAX_COLUMNS, MAX_ROWS, readAddress, type CellRect } from "./address";
import { ChartCollectionProxy } from "./chart-proxy";
import { ErrorCodes, excelError } from "./errors";
import type { SheetModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import { relativeRect } from "./range-ops";
import { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";
import { checkNewSheetName } from "./sheet-rules";
import { TableCollectionProxy } from "./table-proxy";

const WHOLE_SHEET: CellRect = { startRow: 0, startColumn: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

/** Excel.Worksheet. Once resolved it stays bound to its sheet, as Excel tracks it by id after a rename. */
export class WorksheetProxy extends SimProxy<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {
    name: (sheet) => sheet.name,
    id: (sheet) => sheet.id,
    position: (sheet) => this.context.state.model.sheets.indexOf(sheet),
    visibility: () => "Visible",
  };
  private bound: SheetModel | undefined;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly lookup: () => SheetModel | null,
    orNullObject = false,
  ) {
    super(context, since, orNullObject);
    this.tables = new TableCollectionProxy(context, since, () => this.target());
    this.charts = new ChartCollectionProxy(context, since, () => this.target());
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.queue("FreezePanes.freezeRows", count, 7, (sheet) => (sheet.frozenRows = count)),
      unfreeze: () => this.queue("FreezePanes.unfreeze", null, 7, (sheet) => (sheet.frozenRows = 0)),
    };
  }

  resolve(): SheetModel | null {
    if (this.bound === undefined) {
      const found = this.lookup();
      if (found === null) return null;
      this.bound = found;
    }
    if (this.bound.deleted)
      throw excelError(ErrorCodes.itemNotFound, `The worksheet "${this.bound.name}" was deleted.`);
    return this.bound;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queue("Worksheet.name", name, 1, (sheet) => {
      checkNewSheetName(this.context.state.model, name, sheet);
      sheet.name = name;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.queue("Worksheet.position", position, 1, (sheet) => {
      const { sheets } = this.context.state.model;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        throw excelError(ErrorCodes.invalidArgument, `Worksheet position ${position} is out of range.`);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): string {
    return this.loaded("visibility");
  }

  /** The whole sheet without an address (Worksheet.getRange reference). */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, this.since, () => {
      const sheet = this.target();
      if (address === undefined) return { sheet, rect: WHOLE_SHEET };
      let parsed;
      try {
        parsed = readAddress(address);
      } catch {
        throw excelError(ErrorCodes.invalidArgument, `"${address}" is not a valid range address.`);
      }
      if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
        throw excelError(ErrorCodes.invalidArgument, `"${address}" is not on worksheet "${sheet.name}".`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, 7), () => ({
      sheet: this.target(),
      rect: relativeRect(WHOLE_SHEET, startRow, startColumn, rowCount, columnCount),
    }));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** "If the worksheet is blank, this function will return the top left cell" (Worksheet.getUsedRange). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, valuesOnly ? 2 : 1), () => {
      const sheet = this.target();
      return {
        sheet,
        rect: sheet.cells.usedRect(valuesOnly) ?? {
          startRow: 0,
          startColumn: 0,
          rowCount: 1,
          columnCount: 1,
        },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      Math.max(this.since, 4),
      () => {
        const sheet = this.target();
        const rect = sheet.cells.usedRect(valuesOnly);
        return rect === null ? null : { sheet, rect };
      },
      true,
    );
  }

  activate(): void {
    this.queue("Worksheet.activate", null, 1, (sheet) =>
      this.context.state.model.select(sheet, [{ startRow: 0, startColumn: 0, rowCount: 1, columnCount: 1 }]),
    );
  }

  delete(): void {
    this.queue("Worksheet.delete", null, 1, (sheet) => this.context.state.model.deleteSheet(sheet));
  }
}
