import { kpiPack, type KpiPack } from "./kpi-pack";
import type { ProductSummary } from "./product-summary";
import type { InputAvailability } from "./tables";

/**
 * Each product's own KPI pack (kpiPack over that product alone: its GMV, units, buyers, UV, conversion,
 * sell-through …), by product key in join order: the figures next to each product's decision, computed once
 * for the product sheet and the command line's JSON.
 *
 * Cost: O(products + their distinct buyer and order keys).
 *
 * @example
 * import { joinProducts } from "./product-join";
 * productPacks(joinProducts({ productKeys: ["A", "A"], units: [2, 1], amounts: [10, 5] }).products, joinProducts({ productKeys: ["A"], units: [1], amounts: [1] }).available).get("A")?.gmv // { kind: "value", value: 15 }
 */
export function productPacks(
  products: readonly ProductSummary[],
  available: InputAvailability,
): ReadonlyMap<string, KpiPack> {
  return new Map(products.map((product) => [product.productKey, kpiPack([product], available)]));
}
