import { addressOf } from "./address";
import { SimCollectionProxy } from "./collection-proxy";
import { ErrorCodes, excelError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { RangeTarget } from "./range-ops";
import { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";
import { addTable, tableSheetAndRect } from "./table-ops";

export const tableProperties: PropertyReaders<TableModel> = {
  name: (table) => table.name,
  id: (table) => table.id,
  style: (table) => table.style,
  showHeaders: (table) => table.hasHeaders,
};

/** Excel.Table. */
export class TableProxy extends SimProxy<TableModel> {
  protected readonly properties = tableProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly resolver: () => TableModel | null,
    orNullObject = false,
  ) {
    super(context, since, orNullObject);
  }

  resolve(): TableModel | null {
    const table = this.resolver();
    if (table !== null && !this.context.state.model.tables.includes(table)) {
      throw excelError(ErrorCodes.itemNotFound, `The table ${table.name} no longer exists.`);
    }
    return table;
  }

  get name(): string {
    return this.loaded("name");
  }
  get id(): string {
    return this.loaded("id");
  }
  get style(): string {
    return this.loaded("style");
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.since, () => {
      const table = this.target();
      return { sheet: table.sheet, rect: table.rect };
    });
  }

  /**
   * "Deletes the table" (Table.delete, ExcelApi 1.1); its cells are emptied with it, as VBA's ListObject.Delete
   * documents ("clears the cell data from the worksheet"). Structured references to it are not modelled.
   */
  delete(): void {
    this.queue("Table.delete", null, 1, (table) => {
      const { tables } = this.context.state.model;
      tables.splice(tables.indexOf(table), 1);
      table.sheet.cells.clear(table.rect);
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, this.since, () => {
      const { sheet, rect, hasHeaders } = this.target();
      const skip = hasHeaders ? 1 : 0;
      return { sheet, rect: { ...rect, startRow: rect.startRow + skip, rowCount: rect.rowCount - skip } };
    });
  }
}

/** `workbook.tables` (sheet null: addresses must be sheet-qualified) or `worksheet.tables`. */
export class TableCollectionProxy extends SimCollectionProxy<TableModel, TableProxy> {
  protected readonly itemProperties = tableProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(context, since);
  }

  protected resolveItems(): readonly TableModel[] {
    const { tables } = this.context.state.model;
    if (this.sheet === null) return [...tables];
    const sheet = this.sheet();
    return tables.filter((table) => table.sheet === sheet);
  }

  protected itemProxy(table: TableModel): TableProxy {
    return new TableProxy(this.context, this.since, () => table);
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableModel | null = null;
    const proxy = new TableProxy(this.context, this.since, () => created);
    const label = typeof address === "string" ? address : "(range)";
    this.context.enqueue({
      description: `TableCollection.add(${label})`,
      requestBytes: 32 + label.length,
      since: this.since,
      apply: () => {
        const { model } = this.context.state;
        // "If the address does not contain a sheet name, the currently-active sheet is used"
        // (TableCollection.add reference), whichever sheet's collection it is called on.
        const target: RangeTarget =
          typeof address === "string"
            ? tableSheetAndRect(model, address, model.activeSheet)
            : requireRange(address);
        created = addTable(model, target.sheet, target.rect, hasHeaders);
      },
    });
    return proxy;
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, this.since, () => {
      const table = this.find(key);
      if (table === null) throw excelError(ErrorCodes.itemNotFound, `There is no table named "${key}".`);
      return table;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, Math.max(this.since, 4), () => this.find(key), true);
  }

  private find(key: string): TableModel | null {
    const lower = key.toLowerCase();
    return (
      this.resolveItems().find((table) => table.id === key || table.name.toLowerCase() === lower) ?? null
    );
  }
}

function requireRange(range: RangeProxy): RangeTarget {
  const target = range.resolve();
  if (target === null)
    throw excelError(ErrorCodes.invalidArgument, "The range for the table does not exist.");
  return target;
}

export function tableAddress(table: TableModel): string {
  return addressOf(table.rect, table.sheet.name);
}
