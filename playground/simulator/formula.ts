import { readAddress, sheetReference, type CellRect } from "./address";
import type { CellValue } from "./cell-store";
import type { SheetModel, WorkbookModel } from "./model";

/**
 * A formula the simulator calculates: one reference to a cell (`=Segments!B5`) or SUM over one reference to a
 * block (`=SUM('Seg (2)'!B2:B9)`). The reference holds the sheet itself, not its name, because that is how Excel
 * keeps it: renaming the sheet rewrites the formula (users report `=data1!A1` becoming `=otherdata!A1` after a
 * rename, JanMarvin/openxlsx2 issue 656), and deleting the sheet turns the reference into `#REF!`, shown in the
 * formula as `=#REF!B5` and as the value `#REF!` (OfficeDev/office-js issue 3583 shows a name's formula read back
 * as `=#REF!$…` once its sheet is gone; PHPOffice/PhpSpreadsheet issue 3453 checks a sheet delete in Excel).
 */
export interface BoundFormula {
  readonly fn: "SUM" | null;
  readonly sheet: SheetModel;
  /** Written with a sheet name ("Segments!B5") rather than on the formula's own sheet ("B5"). */
  readonly qualified: boolean;
  /** The cell part as written, "$A$1" or "B2:B9", kept so the formula text reads as it was written. */
  readonly local: string;
  readonly rect: CellRect;
}

/** What a cell holds as its formula: bound, or the text as written (any other formula: kept, not calculated). */
export type CellFormula = string | BoundFormula;

/** Excel's error values; a cell holding one of these texts shows that error. */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/**
 * Binds a formula written on `ownSheet`: a single-cell reference or SUM over a reference, on a sheet that exists.
 * Anything else (operators, other functions, a sheet that does not exist) stays text.
 *
 * @example bindFormula(model, sheet1, "=Segments!B5") // { fn: null, sheet: <Segments>, local: "B5", ... }
 */
export function bindFormula(
  model: WorkbookModel,
  ownSheet: SheetModel | null,
  text: string,
  /** A defined name may refer to a block; a cell's formula that refers to one alone would spill (not modelled). */
  allowBlock = false,
): CellFormula {
  if (!text.startsWith("=")) return text;
  const body = text.slice(1).trim();
  const sum = /^SUM\((.*)\)$/i.exec(body);
  const reference = sum === null ? body : (sum[1] ?? "").trim();
  let parsed;
  try {
    parsed = readAddress(reference);
  } catch {
    return text;
  }
  const { sheetName, rect } = parsed;
  const single = rect.rowCount === 1 && rect.columnCount === 1;
  if (sum === null && !single && !allowBlock) return text;
  const sheet =
    sheetName === undefined
      ? ownSheet
      : model.sheets.find((each) => each.name.toLowerCase() === sheetName.toLowerCase());
  if (sheet === undefined || sheet === null) return text;
  const local = reference.slice(reference.lastIndexOf("!") + 1).trim();
  return { fn: sum === null ? null : "SUM", sheet, qualified: sheetName !== undefined, local, rect };
}

/** The formula as `Range.formulas` reads it: the sheet's current name, or `#REF!` once it is deleted. */
export function formulaText(formula: CellFormula): string {
  if (typeof formula === "string") return formula;
  const { fn, sheet, qualified, local } = formula;
  const prefix = sheet.deleted ? "#REF!" : qualified ? `${sheetReference(sheet.name)}!` : "";
  return fn === null ? `=${prefix}${local}` : `=${fn}(${prefix}${local})`;
}

/**
 * The value of a cell as `Range.values` reads it: a bound formula is calculated, everything else is what was
 * stored. A reference to an empty cell is 0; SUM adds the numbers of its block and skips text, logical values
 * and empty cells, and an error in the block is the result (Excel's SUM help: "Empty cells, logical values, or
 * text in the array or reference are ignored"). A circular reference reads 0, as Excel shows one after its
 * warning.
 */
export function cellValue(sheet: SheetModel, row: number, column: number): CellValue | undefined {
  return valueOf(sheet, row, column, new Map());
}

function valueOf(
  sheet: SheetModel,
  row: number,
  column: number,
  visiting: Map<SheetModel, Set<string>>,
): CellValue | undefined {
  const formula = sheet.cells.formula(row, column);
  if (formula === undefined || typeof formula === "string") return sheet.cells.value(row, column);
  const key = `${row},${column}`;
  const seen = visiting.get(sheet) ?? new Set<string>();
  if (seen.has(key)) return 0;
  visiting.set(sheet, seen.add(key));
  try {
    return evaluate(formula, visiting);
  } finally {
    seen.delete(key);
  }
}

function evaluate(formula: BoundFormula, visiting: Map<SheetModel, Set<string>>): CellValue {
  const { sheet, rect } = formula;
  if (sheet.deleted) return "#REF!";
  if (formula.fn === null) return valueOf(sheet, rect.startRow, rect.startColumn, visiting) ?? 0;
  let total = 0;
  let error: string | null = null;
  sheet.cells.forEachStoredCell(rect, (row, column) => {
    if (error !== null) return;
    const value = valueOf(sheet, row, column, visiting);
    if (typeof value === "number") total += value;
    else if (typeof value === "string" && ERROR_VALUES.has(value)) error = value;
  });
  return error ?? total;
}
