import { ApplicationProxy } from "./application-proxy";
import { ErrorCodes, excelError } from "./errors";
import type { SelectionModel } from "./model";
import { NamedItemCollectionProxy } from "./names-proxy";
import { RangeAreasProxy } from "./range-areas-proxy";
import { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";
import { SettingCollectionProxy } from "./settings-proxy";
import { TableCollectionProxy } from "./table-proxy";
import { WorksheetCollectionProxy } from "./worksheet-collection-proxy";

/** Excel.Workbook (`context.workbook`). */
export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;
  /** Workbook-scoped defined names. */
  readonly names: NamedItemCollectionProxy;

  constructor(private readonly context: SimRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, 1, null);
    this.settings = new SettingCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.names = new NamedItemCollectionProxy(context);
  }

  /**
   * The selected range. With several areas selected "this method will throw an error"
   * (Workbook.getSelectedRange reference); the simulator uses the code InvalidSelection for it.
   */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, 1, () => {
      const selection = this.selection();
      const [area, second] = selection.areas;
      if (area === undefined || second !== undefined) {
        throw excelError(
          ErrorCodes.invalidSelection,
          "The current selection is invalid for this operation (several areas).",
        );
      }
      return { sheet: selection.sheet, rect: area };
    });
  }

  /** ExcelApi 1.9. */
  getSelectedRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.context);
  }

  /** ExcelApi 1.7. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, 7, () => {
      const selection = this.selection();
      return {
        sheet: selection.sheet,
        rect: {
          startRow: selection.activeRow,
          startColumn: selection.activeColumn,
          rowCount: 1,
          columnCount: 1,
        },
      };
    });
  }

  private selection(): SelectionModel {
    const { selection } = this.context.state.model;
    if (selection === null) throw excelError(ErrorCodes.itemNotFound, "Nothing is selected.");
    return selection;
  }
}
