import { addressOf } from "./address";
import { ErrorCodes, excelError } from "./errors";
import type { CellsRef, WorkbookModel } from "./model";
import type { RangeTarget } from "./range-ops";

/** One point of a colour scale, as `Excel.ConditionalColorScaleCriterion` describes it. */
export interface ColorScaleCriterionModel {
  readonly type: string;
  readonly formula?: string;
  readonly color?: string;
}

export interface ColorScaleCriteriaModel {
  readonly minimum: ColorScaleCriterionModel;
  readonly midpoint?: ColorScaleCriterionModel;
  readonly maximum: ColorScaleCriterionModel;
}

/** A conditional format over a block of cells; of its settings only a colour scale's criteria are modelled. */
export interface ConditionalFormatModel {
  readonly id: string;
  readonly cells: CellsRef;
  /** An `Excel.ConditionalFormatType` value: "ColorScale", "DataBar"... */
  readonly type: string;
  /** Null until set. */
  colorScaleCriteria: ColorScaleCriteriaModel | null;
}

/** What the inspector shows of a conditional format. */
export interface ConditionalFormatSnapshot {
  /** Sheet-qualified address of the cells it applies to. */
  readonly address: string;
  readonly type: string;
  /** A colour scale's criteria; null for other types or when not set. */
  readonly criteria: ColorScaleCriteriaModel | null;
}

export function conditionalFormatSnapshot(format: ConditionalFormatModel): ConditionalFormatSnapshot {
  const { sheet, rect } = format.cells;
  return { address: addressOf(rect, sheet.name), type: format.type, criteria: format.colorScaleCriteria };
}

/** `Excel.ConditionalFormatType` values (ExcelApi 1.6). */
export const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;

/** `Excel.ConditionalFormatColorCriterionType` values; the last four need a `formula` (a number or formula). */
export const COLOR_CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
] as const;
const NEEDS_FORMULA = new Set(["Number", "Percent", "Formula", "Percentile"]);

/** `range.conditionalFormats.add(type)`: a new format over the range's cells, listed last on its sheet. */
export function addConditionalFormat(
  model: WorkbookModel,
  target: RangeTarget,
  type: string,
): ConditionalFormatModel {
  if (!(CONDITIONAL_FORMAT_TYPES as readonly string[]).includes(type)) {
    throw excelError(ErrorCodes.invalidArgument, `Unknown conditional format type "${type}".`);
  }
  const format: ConditionalFormatModel = {
    id: model.newObjectId("cf"),
    cells: { sheet: target.sheet, rect: target.rect },
    type,
    colorScaleCriteria: null,
  };
  target.sheet.conditionalFormats.push(format);
  return format;
}

/**
 * Checks criteria set on `ColorScaleConditionalFormat.criteria` and copies them: minimum and maximum are
 * required, midpoint optional (a three-colour scale); each point's type is a ConditionalFormatColorCriterionType,
 * with a formula unless it is the lowest or highest value; colours are strings. Anything else is InvalidArgument.
 */
export function checkColorScaleCriteria(input: unknown): ColorScaleCriteriaModel {
  if (typeof input !== "object" || input === null) throw badCriteria("criteria must be an object");
  const { minimum, midpoint, maximum } = input as Record<string, unknown>;
  return {
    minimum: checkCriterion(minimum, "minimum"),
    ...(midpoint === undefined || midpoint === null
      ? {}
      : { midpoint: checkCriterion(midpoint, "midpoint") }),
    maximum: checkCriterion(maximum, "maximum"),
  };
}

function checkCriterion(input: unknown, point: string): ColorScaleCriterionModel {
  if (typeof input !== "object" || input === null) throw badCriteria(`${point} is required`);
  const { type, formula, color } = input as Record<string, unknown>;
  if (typeof type !== "string" || !(COLOR_CRITERION_TYPES as readonly string[]).includes(type)) {
    throw badCriteria(`${point}.type "${String(type)}" is not a ConditionalFormatColorCriterionType`);
  }
  const hasFormula = typeof formula === "string" && formula.trim() !== "";
  if (NEEDS_FORMULA.has(type) && !hasFormula) throw badCriteria(`${point} of type ${type} needs a formula`);
  if (color !== undefined && color !== null && typeof color !== "string") {
    throw badCriteria(`${point}.color must be an HTML colour string`);
  }
  return {
    type,
    ...(hasFormula ? { formula: formula as string } : {}),
    ...(typeof color === "string" ? { color } : {}),
  };
}

function badCriteria(problem: string): Error {
  return excelError(ErrorCodes.invalidArgument, `Invalid colour scale criteria: ${problem}.`);
}
