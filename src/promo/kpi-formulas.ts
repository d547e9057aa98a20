import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import { numberOrNull, requireSameLength, type NumberCell } from "./cells";
import { divideKpi, kpiOf, type KpiValue } from "./kpi-value";

/**
 * Σ a[i] × b[i] over the pairs where both cells are numbers (a blank in either skips the pair: Excel on the
 * web passes empty cells as null, desktop as 0, and both then add nothing).
 */
function sumOfProducts(
  functionName: string,
  a: readonly NumberCell[],
  b: readonly NumberCell[],
  names: [string, string],
): number {
  requireSameLength(functionName, { [names[0]]: a, [names[1]]: b });
  let total = 0;
  for (let index = 0; index < a.length; index++) {
    const left = numberOrNull(a[index]);
    const right = numberOrNull(b[index]);
    if (left !== null && right !== null) total += left * right;
  }
  return total;
}

function requireFinite(functionName: string, name: string, value: number): void {
  if (!Number.isFinite(value))
    throw new CoreError(
      "VALUE_NOT_FINITE",
      `The ${plainName(name)} must be a finite number (got ${String(value)})`,
    );
}

/**
 * Stock value = Σ tag price × stock (the study's 库存金额), blanks skipped.
 *
 * Cost: O(n).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH
 * @example stockValueOf([300, 500], [20, 10]) // 11000
 */
export function stockValueOf(tagPrices: readonly NumberCell[], stocks: readonly NumberCell[]): number {
  return sumOfProducts("stockValueOf", tagPrices, stocks, ["tag prices", "stocks"]);
}

/**
 * Sell-through = GMV / stock value (the study's 售罄率); a zero stock value is DIVISION_BY_ZERO.
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, VALUE_NOT_FINITE
 * @example sellThroughOf(2200, [300, 500], [20, 10]) // { kind: "value", value: 0.2 }
 */
export function sellThroughOf(
  gmv: number,
  tagPrices: readonly NumberCell[],
  stocks: readonly NumberCell[],
): KpiValue {
  requireFinite("sellThroughOf", "GMV", gmv);
  return divideKpi(gmv, stockValueOf(tagPrices, stocks), "stockValue");
}

/**
 * Discount rate = GMV / Σ tag price × units (what was paid as a share of the tag-price value sold).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, VALUE_NOT_FINITE
 * @example discountRateOf(450, [300, 100], [2, 3]) // { kind: "value", value: 0.5 }
 */
export function discountRateOf(
  gmv: number,
  tagPrices: readonly NumberCell[],
  units: readonly NumberCell[],
): KpiValue {
  requireFinite("discountRateOf", "GMV", gmv);
  return divideKpi(
    gmv,
    sumOfProducts("discountRateOf", tagPrices, units, ["tag prices", "units"]),
    "tagValue",
  );
}

/**
 * Conversion = buyers / UV; UV 0 is DIVISION_BY_ZERO.
 *
 * @throws CoreError VALUE_NOT_FINITE
 * @example conversionOf(6, 850) // { kind: "value", value: 0.00705882… }
 */
export function conversionOf(buyers: number, uv: number): KpiValue {
  requireFinite("conversionOf", "buyer count", buyers);
  requireFinite("conversionOf", "UV", uv);
  return divideKpi(buyers, uv, "uv");
}

/**
 * Net sales = GMV − Σ return amount (blanks skipped).
 *
 * @throws CoreError VALUE_NOT_FINITE
 * @example netSalesOf(3070, [150, 350, 30]) // { kind: "value", value: 2540 }
 */
export function netSalesOf(gmv: number, returnAmounts: readonly NumberCell[]): KpiValue {
  requireFinite("netSalesOf", "GMV", gmv);
  return kpiOf(gmv - returnAmounts.reduce<number>((sum, cell) => sum + (numberOrNull(cell) ?? 0), 0));
}
