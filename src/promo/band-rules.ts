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
 * each band's pooled conversion (distinct buyers of the band / Σ UV of the band) and pooled sell-through
 * (band GMV / band stock value), and every product in a band takes the band's decision. This answers "which
 * discount levels worked" rather than "which products"; products outside every band stay undecided.
 *
 * Cost: O(bands + products).
 *
 * @throws CoreError RULE_THRESHOLD_INVALID
 * @example decideBands(bandKpis(products, productBandValues(products, "discount"), bandEdgesFromStep(0.15, 1, 0.05), {}, available))
 */
export function decideBands(
  bandKpis: BandKpis,
  thresholds: RuleThresholds = DEFAULT_RULE_THRESHOLDS,
): { readonly bands: BandDecision[]; readonly products: ProductBandDecision[] } {
  validateThresholds(thresholds);
  const bands: BandDecision[] = [];
  const products: ProductBandDecision[] = [];
  for (const row of bandKpis.bands) {
    const { decision, reason } = decide(row.pack.conversion, row.pack.sellThrough, thresholds);
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
