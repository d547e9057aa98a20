import { CoreError } from "../src/errors";
import { bandOfChecked, bandsOf, type Band, type BandClosed } from "../src/promo/band-cut";
import {
  conversionOf,
  discountRateOf,
  netSalesOf,
  sellThroughOf,
  stockValueOf,
} from "../src/promo/kpi-formulas";
import { kpiOf } from "../src/promo/kpi-value";
import { yoyChange } from "../src/yoy/yoy-compare";
import {
  errorCellProblem,
  isBlankCell,
  mapCells,
  numberFromCell,
  numbersFromRange,
  optionFromCell,
  withoutTrailingBlankZeros,
  type CellInput,
} from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { kpiNumber, pairwiseResult, scalarResult } from "./shared/kpi-cells";
import { numberCells, requireSameShape, sumOfRange, type Range } from "./shared/range-columns";

/**
 * Sell-through ratio (the promotion study's 售罄率) = GMV / stock value, where stock value = Σ tag price × stock over the rows where both cells are numbers (a blank in either skips the row; desktop Excel passes a blank cell as 0, which adds nothing either, so both builds give one answer). A stock value of 0 gives #DIV/0!. An error or text cell in any range gives #VALUE! naming it (the one result depends on every cell).
 * @customfunction PROMO.SELLRATIO
 * @param gmv GMV (gross merchandise value): a number, or a range whose numbers are summed as SUM does (blank cells add nothing; all blank is 0). An error cell: #VALUE! naming it.
 * @param tag_prices Tag price of each product, e.g. C2:C50. A blank (or 0) skips the row; an error cell: #VALUE! naming it.
 * @param stocks Stock of each product: a range of the same size as tag_prices. A blank (or 0) adds nothing; an error cell: #VALUE! naming it.
 * @returns Sell-through as a fraction (format the cell as %).
 */
export function promoSellRatio(gmv: unknown[][], tag_prices: unknown[][], stocks: unknown[][]): number {
  return scalarResult(() => {
    requireSameShape("PROMO.SELLRATIO", { tag_prices, stocks });
    const prices = numberCells(tag_prices, "tag_prices");
    return kpiNumber(sellThroughOf(sumOfRange(gmv, "gmv"), prices, numberCells(stocks, "stocks")));
  });
}

/**
 * Paid share of tag price (the study's 折扣率) = GMV / Σ tag price × units: what buyers paid as a share of the tag-price value of what they bought (0.45 = 45 % of the tag price paid, 55 % off; not "45 % off"). Rows with a blank tag price or units are skipped (desktop's 0 for a blank cell adds nothing either, so both builds agree). A tag-price value of 0 gives #DIV/0!. An error or text cell gives #VALUE! naming it.
 * @customfunction PROMO.DISCOUNTRATE
 * @param gmv GMV paid for those units: a number, or a range whose numbers are summed as SUM does (all blank is 0). An error cell: #VALUE! naming it.
 * @param tag_prices Tag price of each product or line, e.g. C2:C50. A blank (or 0) skips the row; an error cell: #VALUE! naming it.
 * @param units Units sold of each product or line: a range of the same size as tag_prices. A blank (or 0) adds nothing; an error cell: #VALUE! naming it.
 * @returns The paid share of tag price, as a fraction (0.45 = 45 % paid).
 */
export function promoDiscountRate(gmv: unknown[][], tag_prices: unknown[][], units: unknown[][]): number {
  return scalarResult(() => {
    requireSameShape("PROMO.DISCOUNTRATE", { tag_prices, units });
    const prices = numberCells(tag_prices, "tag_prices");
    return kpiNumber(discountRateOf(sumOfRange(gmv, "gmv"), prices, numberCells(units, "units")));
  });
}

/**
 * Conversion = buyers / UV (unique visitors). Two ranges of the same size spill one conversion per pair of cells (one per product); a single value is used against every cell of the other range. A blank cell is 0, as in Excel's own =D2/E2 (desktop passes it as 0 and the web as blank: one answer in both), so a blank UV gives #DIV/0! in that cell. A text or error cell gives #VALUE! naming it in that cell only.
 * @customfunction PROMO.CONVERSION
 * @param buyers Distinct buyers: a number or a range, e.g. D2:D50. Blank = 0; an error cell: #VALUE! in that cell only.
 * @param uv Unique visitors: a number or a range of the same size as buyers. Blank = 0 (#DIV/0!); an error cell: #VALUE! in that cell only.
 * @returns Conversion as a fraction (format the cells as %).
 */
export function promoConversion(buyers: unknown[][], uv: unknown[][]): unknown[][] {
  return pairwiseResult("PROMO.CONVERSION", buyers, uv, ["buyers", "uv"], (buyerCount, visitors) =>
    kpiNumber(conversionOf(buyerCount, visitors)),
  );
}

/**
 * Stock value (the study's 库存金额) = Σ tag price × stock over the rows where both cells are numbers (a blank in either skips the row; desktop's 0 for a blank adds nothing, so both builds agree). An error or text cell gives #VALUE! naming it.
 * @customfunction PROMO.STOCKVALUE
 * @param tag_prices Tag price of each product, e.g. C2:C50. A blank (or 0) skips the row; an error cell: #VALUE! naming it.
 * @param stocks Stock of each product: a range of the same size as tag_prices. A blank (or 0) adds nothing; an error cell: #VALUE! naming it.
 * @returns The stock value at tag price.
 */
export function promoStockValue(tag_prices: unknown[][], stocks: unknown[][]): number {
  return scalarResult(() => {
    requireSameShape("PROMO.STOCKVALUE", { tag_prices, stocks });
    return stockValueOf(numberCells(tag_prices, "tag_prices"), numberCells(stocks, "stocks"));
  });
}

/**
 * Net sales = GMV − Σ return amount. Blank cells count as 0 in both (as SUM does; desktop passes them as 0). An error or text cell gives #VALUE! naming it.
 * @customfunction PROMO.NETSALES
 * @param gmv GMV: a number, or a range whose numbers are summed (all blank is 0). An error cell: #VALUE! naming it.
 * @param return_amounts Returned (refunded) amounts: a number or a range, e.g. F2:F500 (blank = 0). An error cell: #VALUE! naming it.
 * @returns Net sales.
 */
export function promoNetSales(gmv: unknown[][], return_amounts: unknown[][]): number {
  return scalarResult(() =>
    kpiNumber(netSalesOf(sumOfRange(gmv, "gmv"), numberCells(return_amounts, "return_amounts"))),
  );
}

/**
 * Year-over-year change = (current − previous) / |previous|, e.g. 125 against 100 gives 0.25 (+25 %) and 80 against 100 gives −0.2. Two ranges of the same size spill one change per pair of cells. A previous value of 0 gives #DIV/0!. A blank cell is 0, as in Excel's own =(B2−C2)/ABS(C2) (desktop passes it as 0 and the web as blank: one answer in both), so a blank previous value gives #DIV/0! and a blank current value −1. A text or error cell gives #VALUE! naming it in that cell only.
 * @customfunction PROMO.YOY
 * @param current This period's value(s), e.g. B2:B10. Blank = 0; an error cell: #VALUE! in that cell only.
 * @param previous The same figures for the previous period: same size as current. Blank = 0 (#DIV/0!); an error cell: #VALUE! in that cell only.
 * @returns The change as a fraction of the previous value (format the cells as %).
 */
export function promoYoy(current: unknown[][], previous: unknown[][]): unknown[][] {
  return pairwiseResult("PROMO.YOY", current, previous, ["current", "previous"], (now, before) =>
    kpiNumber(yoyChange(kpiOf(now), kpiOf(before)).changeRatio),
  );
}

/**
 * The band (interval) each value falls in, with pandas.cut's rules: bands are right-closed (a, b] with the lowest edge included, so edges {0,200,400} give "[0, 200]" and "(200, 400]" and 200 is in the first band; closed "left" gives [a, b) bands ("[0, 200)", "[200, 400)"), where a value equal to the last edge is outside. A value outside every band gives #N/A with a message (below the first edge / above the last edge); a blank or text value gives #VALUE! (desktop Excel passes a blank value cell as 0, which is banded as 0). Blank edge cells are ignored, and so are 0s after the last positive edge ({0,200,400,0,0} from blank cells on desktop); a first 0 edge is kept. Blank label cells are ignored, and so are 0s at the end of labels beyond one label per band (desktop's blank cells). An error cell in value gives #VALUE! naming the error (e.g. #N/A) in that cell only; an error cell in edges or labels gives every cell #VALUE! naming it.
 * @customfunction PROMO.BAND
 * @param value A number, or a range of numbers (spills one band per cell), e.g. the sale prices B2:B50. Blank: #VALUE! on the web, banded as 0 on desktop (which passes 0). An error cell: #VALUE! in that cell only.
 * @param edges Strictly ascending band edges, e.g. {0,200,400,100000} (blank cells, and 0s after the last positive edge, are ignored). An error cell gives every cell #VALUE! naming it.
 * @param [labels] One label per band (one fewer than the edges); default labels are the intervals, e.g. "(200, 400]". Blank cells, and trailing 0s beyond one label per band, are ignored; an error cell gives every cell #VALUE!.
 * @param [closed] "right" (default; also blank or 0): bands (a, b], lowest edge included. "left": bands [a, b).
 * @returns The label of each value's band.
 */
export function promoBand(
  value: unknown[][],
  edges: unknown[][],
  labels?: unknown[][],
  closed?: unknown,
): unknown[][] {
  let bands: Band[];
  let edgeNumbers: number[];
  let side: BandClosed;
  try {
    edgeNumbers = withoutTrailingBlankZeros(numbersFromRange(edges, "edge"));
    side = optionFromCell(closed ?? null, ["right", "left"] as const, "right", "closed");
    const bandLabels = labels == null ? undefined : labelTexts(labels, edgeNumbers.length - 1);
    bands = bandsOf(edgeNumbers, { closed: side, labels: bandLabels });
  } catch (error) {
    const excelError = toExcelError(error);
    return value.map((row) => row.map(() => excelError));
  }
  return mapCells(
    value,
    (cell) => bandLabel(numberFromCell(cell, "value"), edgeNumbers, bands, side),
    toExcelError,
  );
}

function bandLabel(
  value: number,
  edges: readonly number[],
  bands: readonly Band[],
  closed: BandClosed,
): string {
  const assignment = bandOfChecked(value, edges, { closed });
  if (assignment.kind === "band") return bands[assignment.index]?.label ?? "";
  const first = edges[0] as number;
  const last = edges[edges.length - 1] as number;
  if (assignment.kind === "below")
    throw new CoreError("NOT_FOUND", `${value} is below the first edge (${first})`);
  if (value > last) throw new CoreError("NOT_FOUND", `${value} is above the last edge (${last})`);
  const lastLabel = bands[bands.length - 1]?.label ?? "";
  throw new CoreError("NOT_FOUND", `${value} is above the last band: ${lastLabel} excludes its last edge`);
}

/**
 * The non-blank cells of a labels range as text, row by row. Desktop Excel passes a blank cell as 0, so 0s at the
 * end beyond `bandCount` labels are blanks (a label 0 within the count, e.g. {0,1,2} as band numbers, is kept).
 *
 * @throws CoreError CELL_ERROR, CELL_NOT_TEXT
 */
function labelTexts(range: Range, bandCount: number): string[] {
  const labels: { readonly text: string; readonly zero: boolean }[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell: CellInput, columnIndex) => {
      const what = `label (row ${rowIndex + 1}, column ${columnIndex + 1})`;
      if (isBlankCell(cell)) return;
      const errorProblem = errorCellProblem(cell, what);
      if (errorProblem !== null) throw errorProblem;
      if (typeof cell === "string" || typeof cell === "number") {
        labels.push({ text: String(cell).trim(), zero: cell === 0 });
      } else throw new CoreError("CELL_NOT_TEXT", `${what} must be text`);
    }),
  );
  while (labels.length > bandCount && labels[labels.length - 1]?.zero === true) labels.pop();
  return labels.map((label) => label.text);
}
