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
 * Sell-through ratio (the promotion study's 售罄率) = GMV / stock value, where stock value = Σ tag price × stock over the rows where both cells are numbers (a blank in either skips the row; desktop Excel passes a blank cell as 0, which adds nothing either). A stock value of 0 gives #DIV/0!.
 * @customfunction PROMO.SELLRATIO
 * @param gmv GMV (gross merchandise value): a number, or a range whose numbers are summed.
 * @param tag_prices Tag price of each product, e.g. C2:C50.
 * @param stocks Stock of each product: a range of the same size as tag_prices.
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
 * Discount rate = GMV / Σ tag price × units: what buyers paid as a share of the tag-price value of what they bought (0.45 = sold at 45 % of tag price on average). Rows with a blank tag price or units are skipped. A tag-price value of 0 gives #DIV/0!.
 * @customfunction PROMO.DISCOUNTRATE
 * @param gmv GMV paid for those units: a number, or a range whose numbers are summed.
 * @param tag_prices Tag price of each product or line, e.g. C2:C50.
 * @param units Units sold of each product or line: a range of the same size as tag_prices.
 * @returns The discount rate as a fraction of tag price.
 */
export function promoDiscountRate(gmv: unknown[][], tag_prices: unknown[][], units: unknown[][]): number {
  return scalarResult(() => {
    requireSameShape("PROMO.DISCOUNTRATE", { tag_prices, units });
    const prices = numberCells(tag_prices, "tag_prices");
    return kpiNumber(discountRateOf(sumOfRange(gmv, "gmv"), prices, numberCells(units, "units")));
  });
}

/**
 * Conversion = buyers / UV (unique visitors). Two ranges of the same size spill one conversion per pair of cells (one per product); a single value is used against every cell of the other range. UV 0 gives #DIV/0! in that cell; a blank or text cell gives #VALUE!.
 * @customfunction PROMO.CONVERSION
 * @param buyers Distinct buyers: a number or a range, e.g. D2:D50.
 * @param uv Unique visitors: a number or a range of the same size as buyers.
 * @returns Conversion as a fraction (format the cells as %).
 */
export function promoConversion(buyers: unknown[][], uv: unknown[][]): unknown[][] {
  return pairwiseResult("PROMO.CONVERSION", buyers, uv, ["buyers", "uv"], (buyerCount, visitors) =>
    kpiNumber(conversionOf(buyerCount, visitors)),
  );
}

/**
 * Stock value (the study's 库存金额) = Σ tag price × stock over the rows where both cells are numbers (a blank in either skips the row).
 * @customfunction PROMO.STOCKVALUE
 * @param tag_prices Tag price of each product, e.g. C2:C50.
 * @param stocks Stock of each product: a range of the same size as tag_prices.
 * @returns The stock value at tag price.
 */
export function promoStockValue(tag_prices: unknown[][], stocks: unknown[][]): number {
  return scalarResult(() => {
    requireSameShape("PROMO.STOCKVALUE", { tag_prices, stocks });
    return stockValueOf(numberCells(tag_prices, "tag_prices"), numberCells(stocks, "stocks"));
  });
}

/**
 * Net sales = GMV − Σ return amount (blank return cells count as 0).
 * @customfunction PROMO.NETSALES
 * @param gmv GMV: a number, or a range whose numbers are summed.
 * @param return_amounts Returned (refunded) amounts: a number or a range, e.g. F2:F500.
 * @returns Net sales.
 */
export function promoNetSales(gmv: unknown[][], return_amounts: unknown[][]): number {
  return scalarResult(() =>
    kpiNumber(netSalesOf(sumOfRange(gmv, "gmv"), numberCells(return_amounts, "return_amounts"))),
  );
}

/**
 * Year-over-year change = (current − previous) / |previous|, e.g. 125 against 100 gives 0.25 (+25 %) and 80 against 100 gives −0.2. Two ranges of the same size spill one change per pair of cells. A previous value of 0 gives #DIV/0!; a blank or text cell gives #VALUE! (desktop Excel passes a blank cell as 0, so a blank previous value shows #DIV/0! there).
 * @customfunction PROMO.YOY
 * @param current This period's value(s), e.g. B2:B10.
 * @param previous The same figures for the previous period: same size as current.
 * @returns The change as a fraction of the previous value (format the cells as %).
 */
export function promoYoy(current: unknown[][], previous: unknown[][]): unknown[][] {
  return pairwiseResult("PROMO.YOY", current, previous, ["current", "previous"], (now, before) =>
    kpiNumber(yoyChange(kpiOf(now), kpiOf(before)).changeRatio),
  );
}

/**
 * The band (interval) each value falls in, with pandas.cut's rules: bands are right-closed (a, b] with the lowest edge included, so edges {0,200,400} give "[0, 200]" and "(200, 400]" and 200 is in the first band; closed "left" gives [a, b) bands ("[0, 200)", "[200, 400)"), where a value equal to the last edge is outside. A value outside every band gives #N/A with a message (below the first edge / above the last edge); a blank or text value gives #VALUE! (desktop Excel passes a blank value cell as 0, which is banded as 0). Blank edge cells are ignored, and so are 0s after the last positive edge ({0,200,400,0,0} from blank cells on desktop); a first 0 edge is kept. An error cell in value gives #VALUE! naming the error (e.g. #N/A) in that cell only.
 * @customfunction PROMO.BAND
 * @param value A number, or a range of numbers (spills one band per cell), e.g. the sale prices B2:B50.
 * @param edges Strictly ascending band edges, e.g. {0,200,400,100000} (blank cells, and 0s after the last positive edge, are ignored).
 * @param [labels] One label per band (one fewer than the edges); default labels are the intervals, e.g. "(200, 400]".
 * @param [closed] "right" (default): bands (a, b], lowest edge included. "left": bands [a, b).
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
    bands = bandsOf(edgeNumbers, { closed: side, labels: labels == null ? undefined : labelTexts(labels) });
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

/** The non-blank cells of a labels range as text, row by row. */
function labelTexts(range: Range): string[] {
  const texts: string[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell: CellInput, columnIndex) => {
      if (cell === null || cell === undefined || cell === "") return;
      if (typeof cell === "string" || typeof cell === "number") texts.push(String(cell).trim());
      else
        throw new CoreError(
          "CELL_NOT_TEXT",
          `label (row ${rowIndex + 1}, column ${columnIndex + 1}) must be text`,
        );
    }),
  );
  return texts;
}
