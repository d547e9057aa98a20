import type { Band, CutOptions } from "./band-cut";
import { requireSameLength, type NumberCell } from "./cells";
import { cutValues } from "./cut-values";
import { kpiPack, type KpiPack } from "./kpi-pack";
import { divideKpiValues, type KpiValue } from "./kpi-value";
import type { ProductSummary } from "./product-summary";
import type { InputAvailability } from "./tables";

/** A band's products, its KPI pack and its shares of the whole. */
export interface BandKpiRow {
  readonly band: Band;
  readonly productKeys: readonly string[];
  readonly pack: KpiPack;
  /** Band stock value / stock value of all products. */
  readonly stockValueShare: KpiValue;
  /** Band GMV / GMV of all products. */
  readonly gmvShare: KpiValue;
}

/** Products outside every band (below, above, or without a value), with their KPIs, never dropped. */
export interface OutsideBandRow {
  readonly kind: "below" | "above" | "missing";
  readonly productKeys: readonly string[];
  readonly pack: KpiPack;
  readonly gmvShare: KpiValue;
}

export interface BandKpis {
  readonly bands: readonly BandKpiRow[];
  /** Always three rows (below, above, missing), empty ones included, so the table shows zero counts too. */
  readonly outside: readonly OutsideBandRow[];
  /** The pack over all products; the shares are of this. */
  readonly total: KpiPack;
}

/**
 * Per-band KPI packs (stock value and its share, GMV and its share, sell-through, units, per-buyer spend, UV,
 * favourites, add-to-cart, conversion, buyers …) for products cut into bands by one value per product
 * (`bandValues[i]` belongs to `products[i]`, e.g. from productBandValues). Banding follows pandas.cut
 * (see bandOfChecked). Buyers in a band are distinct across its products.
 *
 * Cost: O(products log edges + their buyer keys).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH and the codes of bandsOf
 * @example
 * import { productBandValues } from "./product-band-values";
 * import { joinProducts } from "./product-join";
 * const join = joinProducts({ productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600] },
 *   { productKeys: ["A", "B"], tagPrices: [200, 400], salePrices: [90, 300], stocks: [10, 4] });
 * bandKpis(join.products, productBandValues(join.products, "salePrice"), [0, 200, 400], {}, join.available)
 *   .bands.map((row) => [row.band.label, row.productKeys, row.gmvShare])
 * // [["[0, 200]", ["A"], { kind: "value", value: 0.25 }], ["(200, 400]", ["B"], { kind: "value", value: 0.75 }]]
 */
export function bandKpis(
  products: readonly ProductSummary[],
  bandValues: readonly NumberCell[],
  edges: readonly number[],
  options: CutOptions,
  available: InputAvailability,
): BandKpis {
  requireSameLength("bandKpis", { products, bandValues });
  const cut = cutValues(bandValues, edges, options);
  const members = cut.bands.map((): ProductSummary[] => []);
  const outsideMembers = {
    below: [] as ProductSummary[],
    above: [] as ProductSummary[],
    missing: [] as ProductSummary[],
  };
  cut.assignments.forEach((assignment, index) => {
    const product = products[index] as ProductSummary;
    if (assignment.kind === "band") members[assignment.index]?.push(product);
    else outsideMembers[assignment.kind].push(product);
  });
  const total = kpiPack(products, available);
  const bands = cut.bands.map((band, index) => {
    const bandProducts = members[index] ?? [];
    const pack = kpiPack(bandProducts, available);
    return {
      band,
      productKeys: bandProducts.map((product) => product.productKey),
      pack,
      stockValueShare: divideKpiValues(pack.stockValue, total.stockValue, "stockValue"),
      gmvShare: divideKpiValues(pack.gmv, total.gmv, "gmv"),
    };
  });
  const outside = (["below", "above", "missing"] as const).map((kind) => {
    const pack = kpiPack(outsideMembers[kind], available);
    return {
      kind,
      productKeys: outsideMembers[kind].map((product) => product.productKey),
      pack,
      gmvShare: divideKpiValues(pack.gmv, total.gmv, "gmv"),
    };
  });
  return { bands, outside, total };
}
