import type { BandKpis } from "./band-kpis";
import {
  decide,
  DEFAULT_RULE_THRESHOLDS,
  validateThresholds,
  type DecisionReason,
  type PromoDecision,
  type RuleThresholds,
} from "./rules";

/** A band's decision (the study's discount-band variant). */
export interface BandDecision {
  readonly bandIndex: number;
  readonly label: string;
  readonly decision: PromoDecision;
  readonly reason: DecisionReason;
}

/** A product's decision inherited from its band; products outside every band are undecided. */
export interface ProductBandDecision {
  readonly productKey: string;
  readonly decision: PromoDecision;
  /** The band's label, or null when the product is outside every band. */
  readonly bandLabel: string | null;
  /** The band's reason; for a product outside every band, null and `outside` says where it fell. */
  readonly reason: DecisionReason | null;
  readonly outside: "below" | "above" | "missing" | null;
}

/**
 * The study's discount-band variant of the rule: the keep / candidate / clear test (see decide) applied to
 * each band's pooled conversion (distinct buyers of the band / Σ UV of the band: conversionDistinctBuyers, the
 * definition this rule has used since it was written; issue 11 left it unchanged) and pooled sell-through
 * (band GMV / band stock value), and every product in a band takes the band's decision. This answers "which
 * discount levels worked" rather than "which products"; products outside every band stay undecided.
 *
 * Cost: O(bands + products).
 *
 * @throws CoreError RULE_THRESHOLD_INVALID
 * @example
 * import { bandEdgesFromStep } from "./band-edges";
 * import { bandKpis } from "./band-kpis";
 * import { productBandValues } from "./product-band-values";
 * import { joinProducts } from "./product-join";
 * const { products, available } = joinProducts(
 *   { productKeys: ["A", "A", "B"], units: [1, 1, 2], amounts: [100, 100, 600], buyerKeys: ["m1", "m2", "m3"] },
 *   { productKeys: ["A", "B"], tagPrices: [200, 400], salePrices: [90, 300], stocks: [10, 4] },
 *   { productKeys: ["A", "B"], uv: [100, 400] });
 * const bands = bandKpis(products, productBandValues(products, "discount"), bandEdgesFromStep(0.15, 1, 0.05), {}, available);
 * decideBands(bands).products.map((product) => [product.productKey, product.bandLabel, product.decision])
 * // [["A", "(0.4, 0.45]", "keep"], ["B", "(0.7, 0.75]", "candidate"]] (conversion 2 %; sell-through 37.5 %)
 */
export function decideBands(
  bandKpis: BandKpis,
  thresholds: RuleThresholds = DEFAULT_RULE_THRESHOLDS,
): { readonly bands: BandDecision[]; readonly products: ProductBandDecision[] } {
  validateThresholds(thresholds);
  const bands: BandDecision[] = [];
  const products: ProductBandDecision[] = [];
  for (const row of bandKpis.bands) {
    const { decision, reason } = decide(row.pack.conversionDistinctBuyers, row.pack.sellThrough, thresholds);
    bands.push({ bandIndex: row.band.index, label: row.band.label, decision, reason });
    for (const productKey of row.productKeys) {
      products.push({ productKey, decision, bandLabel: row.band.label, reason, outside: null });
    }
  }
  for (const row of bandKpis.outside) {
    for (const productKey of row.productKeys) {
      products.push({ productKey, decision: "undecided", bandLabel: null, reason: null, outside: row.kind });
    }
  }
  return { bands, products };
}
