import { addressOf } from "./address";
import { ErrorCodes, excelError } from "./errors";
import type { SelectionModel } from "./model";
import { SimProxy, type PropertyReaders } from "./proxy";
import { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";

/** Excel.RangeAreas (ExcelApi 1.9): the selection's areas. */
export class RangeAreasProxy extends SimProxy<SelectionModel> {
  protected readonly properties: PropertyReaders<SelectionModel> = {
    // "Sheet1!F3:F5, Sheet1!H:H" (excel-add-ins-multiple-ranges, "Read properties of RangeAreas").
    address: ({ sheet, areas }) => areas.map((area) => addressOf(area, sheet.name)).join(", "),
    areaCount: ({ areas }) => areas.length,
    cellCount: ({ areas }) => areas.reduce((sum, area) => sum + area.rowCount * area.columnCount, 0),
  };
  readonly areas: { getItemAt(index: number): RangeProxy };

  constructor(context: SimRequestContext) {
    super(context, 9);
    this.areas = {
      getItemAt: (index) =>
        new RangeProxy(context, 9, () => {
          const selection = this.target();
          const area = selection.areas[index];
          if (area === undefined)
            throw excelError(ErrorCodes.invalidArgument, `The selection has no area ${index}.`);
          return { sheet: selection.sheet, rect: area };
        }),
    };
  }

  resolve(): SelectionModel {
    const { selection } = this.context.state.model;
    if (selection === null) throw excelError(ErrorCodes.itemNotFound, "Nothing is selected.");
    return selection;
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
}
