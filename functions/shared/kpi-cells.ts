import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { KpiValue } from "../../src/promo/kpi-value";
import { promoTranslator, undefinedText } from "../../src/report/promo-format";
import { isBlankCell, numberFromCell, type CellInput } from "./cells";
import { toExcelError } from "./excel-error";
import { sameShape, shapeText, type Range } from "./range-columns";

/**
 * The number of a KPI value; a KPI without one throws what its cell should show: division by zero becomes
 * #DIV/0! (no message, Excel's rule), anything else #N/A with the reason in `locale`.
 *
 * @throws CoreError DIVISION_BY_ZERO, NOT_FOUND
 */
export function kpiNumber(kpi: KpiValue, locale: Locale = "en"): number {
  if (kpi.kind === "value") return kpi.value;
  if (kpi.code === "DIVISION_BY_ZERO") throw new CoreError("DIVISION_BY_ZERO", kpi.reason);
  throw new CoreError("NOT_FOUND", undefinedText(promoTranslator(locale), kpi));
}

/** A KPI value as a spilled cell: its number, or the Excel error kpiNumber describes. */
export function kpiCellOrError(kpi: KpiValue, locale: Locale): number | CustomFunctions.Error {
  try {
    return kpiNumber(kpi, locale);
  } catch (error) {
    return toExcelError(error);
  }
}

/**
 * Runs a single-result worksheet function: a thrown error becomes the Excel error the cell shows (custom
 * functions return an error for a single cell by throwing a CustomFunctions.Error).
 */
export function scalarResult(compute: () => number): number {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * One result per pair of cells of two ranges of the same size (or a single value against a range), with
 * each pair's error in its own cell; ranges of different sizes give one #VALUE! with a message. A blank cell is 0,
 * as in Excel's own arithmetic (=B2/C2): desktop Excel passes a blank cell as 0 and the web as null (office-js
 * issue 4702), and both then give one answer. An error or text cell is #VALUE! naming it, in its own cell.
 */
export function pairwiseResult(
  functionName: string,
  left: Range,
  right: Range,
  names: readonly [string, string],
  compute: (leftValue: number, rightValue: number) => number,
): (number | CustomFunctions.Error)[][] {
  const isSingle = (range: Range): boolean => range.length === 1 && range[0]?.length === 1;
  if (!sameShape(left, right) && !isSingle(left) && !isSingle(right)) {
    const message = `${functionName}: ${names[0]} is ${shapeText(left)} but ${names[1]} is ${shapeText(right)} (use ranges of the same size, or a single value)`;
    return [[toExcelError(new CoreError("RANGE_SHAPE_MISMATCH", message))]];
  }
  const shape = isSingle(left) ? right : left;
  const cellOf = (range: Range, row: number, column: number): CellInput =>
    isSingle(range) ? range[0]?.[0] : range[row]?.[column];
  return shape.map((row, rowIndex) =>
    row.map((_, columnIndex) => {
      try {
        const where =
          shape.length * (row.length || 1) > 1 ? ` (row ${rowIndex + 1}, column ${columnIndex + 1})` : "";
        const read = (range: Range, name: string): number => {
          const cell = cellOf(range, rowIndex, columnIndex);
          return isBlankCell(cell) ? 0 : numberFromCell(cell, `${name}${where}`);
        };
        return compute(read(left, names[0]), read(right, names[1]));
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
}
