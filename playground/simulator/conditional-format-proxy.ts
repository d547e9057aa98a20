import {
  addConditionalFormat,
  checkColorScaleCriteria,
  type ColorScaleCriteriaModel,
  type ConditionalFormatModel,
} from "./conditional-format-ops";
import { clearConditionalFormats } from "./copy-ops";
import { ErrorCodes, excelError } from "./errors";
import { jsonByteLength } from "./payload";
import { SimProxy, type PropertyReaders } from "./proxy";
import type { RangeTarget } from "./range-ops";
import type { SimRequestContext } from "./request-context";

/** ConditionalFormat APIs are ExcelApi 1.6. */
const SINCE = 6;
/**
 * What `criteria` reads before it was set. The reference does not say; the simulator assumes a two-point scale
 * from the lowest to the highest value without colours (the inspector shows `criteria: null` in that case).
 */
const UNSET_CRITERIA: ColorScaleCriteriaModel = {
  minimum: { type: "LowestValue" },
  maximum: { type: "HighestValue" },
};

/** Range.conditionalFormats: `add(type)` and `clearAll()`. */
export class ConditionalFormatCollectionProxy {
  constructor(
    private readonly context: SimRequestContext,
    private readonly since: number,
    private readonly range: () => RangeTarget,
  ) {}

  /** Queues a new format over the range; it exists in the workbook once the request has run. */
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | null = null;
    const since = Math.max(this.since, SINCE);
    this.context.enqueue({
      description: `ConditionalFormatCollection.add(${type})`,
      requestBytes: jsonByteLength(type) + 16,
      since,
      apply: () => {
        created = addConditionalFormat(this.context.state.model, this.range(), type);
      },
    });
    return new ConditionalFormatProxy(this.context, since, () => created);
  }

  /** Removes every conditional format that covers a cell of the range (copy-ops.ts). */
  clearAll(): void {
    this.context.enqueue({
      description: "ConditionalFormatCollection.clearAll",
      requestBytes: 16,
      since: Math.max(this.since, SINCE),
      apply: () => clearConditionalFormats(this.range()),
    });
  }
}

/** Excel.ConditionalFormat: its `type` and, for a colour scale, `colorScale`. */
export class ConditionalFormatProxy extends SimProxy<ConditionalFormatModel> {
  protected readonly properties: PropertyReaders<ConditionalFormatModel> = {
    id: (format) => format.id,
    type: (format) => format.type,
  };
  readonly colorScale: ColorScaleConditionalFormatProxy;

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly format: () => ConditionalFormatModel | null,
  ) {
    super(context, since);
    this.colorScale = new ColorScaleConditionalFormatProxy(context, since, () => this.colorScaleTarget());
  }

  resolve(): ConditionalFormatModel | null {
    return this.format();
  }
  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }

  /** "Returns the color scale conditional format properties if the current conditional format is a ColorScale type." */
  private colorScaleTarget(): ConditionalFormatModel {
    const format = this.target();
    if (format.type !== "ColorScale") {
      throw excelError(
        ErrorCodes.invalidOperation,
        `The conditional format is of type ${format.type}, not ColorScale.`,
      );
    }
    return format;
  }
}

/** Excel.ColorScaleConditionalFormat: `criteria` (set whole) and `threeColorScale` (read-only). */
export class ColorScaleConditionalFormatProxy extends SimProxy<ConditionalFormatModel> {
  protected readonly properties: PropertyReaders<ConditionalFormatModel> = {
    criteria: (format) => copyOf(format.colorScaleCriteria ?? UNSET_CRITERIA),
    threeColorScale: (format) => format.colorScaleCriteria?.midpoint !== undefined,
  };

  constructor(
    context: SimRequestContext,
    since: number,
    private readonly format: () => ConditionalFormatModel,
  ) {
    super(context, since);
  }

  resolve(): ConditionalFormatModel {
    return this.format();
  }
  get criteria(): ColorScaleCriteriaModel {
    return this.loaded("criteria");
  }
  set criteria(criteria: ColorScaleCriteriaModel) {
    // Checked when the request runs, as Excel does; a copy, so later changes to the object do not leak in.
    const copy = copyOf(criteria);
    this.queue("ColorScaleConditionalFormat.criteria", copy, SINCE, (format) => {
      format.colorScaleCriteria = checkColorScaleCriteria(copy);
    });
  }
  get threeColorScale(): boolean {
    return this.loaded("threeColorScale");
  }
}

function copyOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
