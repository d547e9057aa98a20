import { numberOrNull, type NumberCell } from "../promo/cells";
import type { KpiPack } from "../promo/kpi-pack";
import type { TransactionLines } from "../promo/tables";

/** One reconciled total: the source column summed directly vs the KPI pack. */
export interface ReconciliationLine {
  readonly key: "gmv" | "units" | "returnUnits" | "returnAmount";
  readonly sourceTotal: number;
  /** The pack's value; null when the pack has none (e.g. no return column). */
  readonly packTotal: number | null;
  /** packTotal − sourceTotal (0 when both agree up to float rounding). */
  readonly difference: number;
  readonly matches: boolean;
}

/**
 * Reconciles a KPI pack with its source: Σ amount, Σ units and the return sums taken straight from the given
 * rows of the lines, compared with the pack's gmv, units, returnUnits and returnAmount. A difference means
 * rows the roll-up did not attribute (no product key: see the join's data-quality lines). Totals agree when
 * |difference| ≤ 1e-9 × max(1, |source total|) (float summation order differs).
 *
 * Cost: O(rows).
 *
 * @example
 * import { kpiPack } from "../promo/kpi-pack";
 * import { joinProducts } from "../promo/product-join";
 * const lines = { productKeys: ["A", null, "B"], units: [1, 1, 2], amounts: [100, 30, 600] };
 * const join = joinProducts(lines);
 * reconcileTotals(lines, [0, 1, 2], kpiPack(join.products, join.available))[0]
 * // { key: "gmv", sourceTotal: 730, packTotal: 700, difference: -30, matches: false } (the line without a product)
 */
export function reconcileTotals(
  lines: TransactionLines,
  rows: readonly number[],
  pack: KpiPack,
): ReconciliationLine[] {
  const sum = (column: readonly NumberCell[]): number =>
    rows.reduce((total, row) => total + (numberOrNull(column[row]) ?? 0), 0);
  const checks: [ReconciliationLine["key"], readonly NumberCell[] | undefined][] = [
    ["gmv", lines.amounts],
    ["units", lines.units],
    ["returnUnits", lines.returnUnits],
    ["returnAmount", lines.returnAmounts],
  ];
  const result: ReconciliationLine[] = [];
  for (const [key, column] of checks) {
    if (column === undefined) continue;
    const sourceTotal = sum(column);
    const kpi = pack[key];
    const packTotal = kpi.kind === "value" ? kpi.value : null;
    const difference = (packTotal ?? 0) - sourceTotal;
    const matches = packTotal !== null && Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(sourceTotal));
    result.push({ key, sourceTotal, packTotal, difference: matches ? 0 : difference, matches });
  }
  return result;
}
