import { SimCollectionProxy } from "./collection-proxy";
import type { TableModel } from "./model";
import { contains, intersects, type RangeTarget } from "./range-ops";
import type { SimRequestContext } from "./request-context";
import { TableProxy, tableProperties } from "./table-proxy";

/** `Range.getTables(fullyContained)` (ExcelApi 1.9): the tables overlapping (or inside) a range. */
export class TableScopedCollectionProxy extends SimCollectionProxy<TableModel, TableProxy> {
  protected readonly itemProperties = tableProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly range: () => RangeTarget,
    private readonly fullyContained: boolean,
  ) {
    super(context, since);
  }

  protected resolveItems(): readonly TableModel[] {
    const { sheet, rect } = this.range();
    return this.context.state.model.tables.filter(
      (table) =>
        table.sheet === sheet &&
        (this.fullyContained ? contains(rect, table.rect) : intersects(rect, table.rect)),
    );
  }

  protected itemProxy(table: TableModel): TableProxy {
    return new TableProxy(this.context, this.since, () => table);
  }
}
