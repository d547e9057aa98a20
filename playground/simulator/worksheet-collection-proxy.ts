import { SimCollectionProxy } from "./collection-proxy";
import { ErrorCodes, excelError } from "./errors";
import type { SheetModel } from "./model";
import type { PropertyReaders } from "./proxy";
import type { SimRequestContext } from "./request-context";
import { checkNewSheetName, nextDefaultSheetName } from "./sheet-rules";
import { WorksheetProxy } from "./worksheet-proxy";

/** Excel.WorksheetCollection (`workbook.worksheets`). */
export class WorksheetCollectionProxy extends SimCollectionProxy<SheetModel, WorksheetProxy> {
  protected readonly itemProperties: PropertyReaders<SheetModel> = {
    name: (sheet) => sheet.name,
    id: (sheet) => sheet.id,
    position: (sheet) => this.context.state.model.sheets.indexOf(sheet),
    visibility: () => "Visible",
  };

  constructor(context: SimRequestContext) {
    super(context, 1);
  }

  protected resolveItems(): readonly SheetModel[] {
    return [...this.context.state.model.sheets];
  }

  protected itemProxy(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, 1, () => sheet);
  }

  /**
   * Adds a sheet at the end without activating it. A taken name (compared without regard to case) is
   * ItemAlreadyExists and an invalid one InvalidArgument, at sync.
   */
  add(name?: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.context.enqueue({
      description: `WorksheetCollection.add(${name ?? ""})`,
      requestBytes: (name ?? "").length + 16,
      since: 1,
      apply: () => {
        const { model } = this.context.state;
        const sheetName = name ?? nextDefaultSheetName(model);
        checkNewSheetName(model, sheetName);
        created = model.addSheet(sheetName);
      },
    });
    return new WorksheetProxy(this.context, 1, () => created);
  }

  /** By name or id; a missing sheet is ItemNotFound when the request runs. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, 1, () => {
      const sheet = this.context.state.model.findSheet(key);
      if (sheet === undefined)
        throw excelError(ErrorCodes.itemNotFound, `The worksheet "${key}" does not exist.`);
      return sheet;
    });
  }

  /** ExcelApi 1.4: `isNullObject` is true after the sync when the sheet does not exist. */
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, 4, () => this.context.state.model.findSheet(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, 1, () => {
      const sheet = this.context.state.model.activeSheet;
      if (sheet === null) throw excelError(ErrorCodes.itemNotFound, "There is no active worksheet.");
      return sheet;
    });
  }
}
