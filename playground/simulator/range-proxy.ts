import { addressOf, type CellRect } from "./address";
import { ErrorCodes, excelError } from "./errors";
import { cellValue, formulaText } from "./formula";
import { SimProxy, type PropertyReaders } from "./proxy";
import {
  readGrid,
  relativeRect,
  surroundingRegion,
  writeNumberFormats,
  writeValues,
  type RangeTarget,
} from "./range-ops";
import type { SimRequestContext } from "./request-context";
import { ConditionalFormatCollectionProxy } from "./conditional-format-proxy";
import { clearCells, copyCells } from "./copy-ops";
import { RangeFormatProxy } from "./range-format-proxy";
import { TableScopedCollectionProxy } from "./table-scoped-proxy";

const rangeProperties: PropertyReaders<RangeTarget> = {
  address: ({ sheet, rect }) => addressOf(rect, sheet.name),
  addressLocal: ({ sheet, rect }) => addressOf(rect, sheet.name),
  rowCount: ({ rect }) => rect.rowCount,
  columnCount: ({ rect }) => rect.columnCount,
  cellCount: ({ rect }) => rect.rowCount * rect.columnCount,
  rowIndex: ({ rect }) => rect.startRow,
  columnIndex: ({ rect }) => rect.startColumn,
  values: (target) => readGrid(target, (row, column) => cellValue(target.sheet, row, column) ?? ""),
  numberFormat: (target) => readGrid(target, (row, column) => target.sheet.cells.format(row, column)),
  formulas: (target) =>
    readGrid(target, (row, column) => {
      const formula = target.sheet.cells.formula(row, column);
      return formula === undefined ? (target.sheet.cells.value(row, column) ?? "") : formulaText(formula);
    }),
};

/** Excel.Range: a block of cells. Values and number formats are written as 2-D arrays of its exact shape. */
export class RangeProxy extends SimProxy<RangeTarget> {
  protected readonly properties = rangeProperties;
  readonly format: RangeFormatProxy;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly resolver: () => RangeTarget | null,
    orNullObject = false,
  ) {
    super(context, since, orNullObject);
    this.format = new RangeFormatProxy(context, since, () => this.resolve());
    this.conditionalFormats = new ConditionalFormatCollectionProxy(context, since, () => this.target());
  }

  resolve(): RangeTarget | null {
    return this.resolver();
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(input: unknown[][]) {
    this.queue("Range.values", input, 1, (target) => writeValues(this.context.state.model, target, input));
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queue("Range.numberFormat", input, 1, (target) => writeNumberFormats(target, input));
  }

  /** ExcelApi 1.9; see copy-ops.ts. */
  copyFrom(source: RangeProxy | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this.queue("Range.copyFrom", copyType, 9, (target) => {
      const from = typeof source === "string" ? source : source.resolve();
      if (from === null) throw excelError(ErrorCodes.invalidArgument, "The source range does not exist.");
      copyCells(this.context.state.model, target, from, copyType, skipBlanks, transpose);
    });
  }

  /** ExcelApi 1.1; see copy-ops.ts. */
  clear(applyTo = "All"): void {
    this.queue("Range.clear", applyTo, 1, (target) => clearCells(target, applyTo));
  }

  /** May lie outside this range, as long as it stays on the grid (Excel.Range.getCell reference). */
  getCell(row: number, column: number): RangeProxy {
    return this.derived(1, (rect) => relativeRect(rect, row, column, 1, 1));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(2, (rect) =>
      relativeRect(rect, 0, 0, rect.rowCount + deltaRows, rect.columnCount + deltaColumns),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(1, (rect) =>
      relativeRect(rect, rowOffset, columnOffset, rect.rowCount, rect.columnCount),
    );
  }

  getSurroundingRegion(): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, 7), () => {
      const target = this.target();
      return { sheet: target.sheet, rect: surroundingRegion(target) };
    });
  }

  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, valuesOnly ? 2 : 1), () => {
      const used = this.usedWithin(valuesOnly);
      if (used === null)
        throw excelError(ErrorCodes.itemNotFound, "There are no used cells within the range.");
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, 4), () => this.usedWithin(valuesOnly), true);
  }

  getTables(fullyContained = false): TableScopedCollectionProxy {
    return new TableScopedCollectionProxy(
      this.context,
      Math.max(this.since, 9),
      () => this.target(),
      fullyContained,
    );
  }

  private usedWithin(valuesOnly: boolean): RangeTarget | null {
    const target = this.target();
    const rect = target.sheet.cells.usedRect(valuesOnly, target.rect);
    return rect === null ? null : { sheet: target.sheet, rect };
  }

  private derived(since: number, rectOf: (rect: CellRect) => CellRect): RangeProxy {
    return new RangeProxy(this.context, Math.max(this.since, since), () => {
      const target = this.target();
      return { sheet: target.sheet, rect: rectOf(target.rect) };
    });
  }
}
