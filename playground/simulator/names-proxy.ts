import { addressOf } from "./address";
import { SimCollectionProxy } from "./collection-proxy";
import { ErrorCodes, excelError } from "./errors";
import { bindFormula, formulaText, type BoundFormula } from "./formula";
import type { NamedItemModel } from "./model";
import { absoluteLocal, checkNewName } from "./name-rules";
import { SimProxy, type PropertyReaders } from "./proxy";
import { RangeProxy } from "./range-proxy";
import type { SimRequestContext } from "./request-context";

/** A name that refers to cells of a sheet that still exists. */
function liveReference(item: NamedItemModel): BoundFormula | null {
  const { formula } = item;
  return typeof formula === "string" || formula.sheet.deleted ? null : formula;
}

const namedItemProperties: PropertyReaders<NamedItemModel> = {
  name: (item) => item.name,
  comment: (item) => item.comment,
  visible: (item) => item.visible,
  scope: () => "Workbook",
  // ExcelApi 1.7: "Formulas always start with an equal sign"; the sheet's current name, or #REF! once deleted.
  formula: (item) => formulaText(item.formula),
  type: (item) => (liveReference(item) === null ? "Error" : "Range"),
  // "For a named range, it will return the range address."
  value: (item) => {
    const reference = liveReference(item);
    return reference === null ? "#REF!" : addressOf(reference.rect, reference.sheet.name);
  },
};

/** Excel.NamedItem: a workbook-scoped name that refers to cells. */
export class NamedItemProxy extends SimProxy<NamedItemModel> {
  protected readonly properties = namedItemProperties;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly item: () => NamedItemModel | null,
    orNullObject = false,
  ) {
    super(context, since, orNullObject);
  }

  resolve(): NamedItemModel | null {
    const item = this.item();
    if (item !== null && !this.context.state.model.names.includes(item))
      throw excelError(ErrorCodes.itemNotFound, `The name ${item.name} was deleted.`);
    return item;
  }

  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  /** ExcelApi 1.1. */
  set visible(visible: boolean) {
    this.queue("NamedItem.visible", visible, 1, (item) => (item.visible = visible));
  }

  /** ExcelApi 1.4. */
  delete(): void {
    this.queue("NamedItem.delete", null, 4, (item) => {
      const { names } = this.context.state.model;
      names.splice(names.indexOf(item), 1);
    });
  }

  /** ExcelApi 1.4: null object when the name does not refer to cells of an existing sheet. */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.context,
      Math.max(this.since, 4),
      () => {
        const reference = liveReference(this.target());
        return reference === null ? null : { sheet: reference.sheet, rect: reference.rect };
      },
      true,
    );
  }
}

/** `workbook.names` (ExcelApi 1.1; add 1.4): workbook-scoped names. */
export class NamedItemCollectionProxy extends SimCollectionProxy<NamedItemModel, NamedItemProxy> {
  protected readonly itemProperties = namedItemProperties;

  constructor(context: SimRequestContext) {
    super(context, 1);
  }

  protected resolveItems(): readonly NamedItemModel[] {
    return [...this.context.state.model.names];
  }

  protected itemProxy(item: NamedItemModel): NamedItemProxy {
    return new NamedItemProxy(this.context, 1, () => item);
  }

  /**
   * A name for a Range (kept as `=Sheet!$A$1`, following the sheet as a cell formula does) or for a reference
   * formula such as "=Sheet1!$A$1:$B$2". Names for constants or other formulas are not modelled (InvalidArgument).
   */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItemProxy {
    let created: NamedItemModel | null = null;
    this.context.enqueue({
      description: `NamedItemCollection.add(${name})`,
      requestBytes: name.length + comment.length + 32,
      since: 4,
      apply: () => {
        const { model } = this.context.state;
        checkNewName(model, name);
        const formula =
          typeof reference === "string" ? bindFormula(model, null, reference, true) : rangeFormula(reference);
        if (typeof formula === "string" || formula.fn !== null)
          throw excelError(
            ErrorCodes.invalidArgument,
            `Only names that refer to cells are modelled ("${String(reference)}").`,
          );
        created = { name, formula, comment, visible: true };
        model.names.push(created);
      },
    });
    return new NamedItemProxy(this.context, 4, () => created);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, 1, () => {
      const item = this.find(name);
      if (item === null) throw excelError(ErrorCodes.itemNotFound, `There is no name "${name}".`);
      return item;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, 4, () => this.find(name), true);
  }

  private find(name: string): NamedItemModel | null {
    const lower = name.toLowerCase();
    return this.context.state.model.names.find((item) => item.name.toLowerCase() === lower) ?? null;
  }
}

function rangeFormula(range: RangeProxy): BoundFormula {
  const target = range.resolve();
  if (target === null) throw excelError(ErrorCodes.invalidArgument, "The range for the name does not exist.");
  const { sheet, rect } = target;
  return { fn: null, sheet, qualified: true, local: absoluteLocal(rect), rect };
}
