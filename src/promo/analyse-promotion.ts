import { bandEdgesFromStep } from "./band-edges";
import type { CutOptions } from "./band-cut";
import { bandKpis, type BandKpis } from "./band-kpis";
import { decideBands, type BandDecision, type ProductBandDecision } from "./band-rules";
import { trafficFunnel, type Funnel } from "./funnel";
import { kpiPack, type KpiPack } from "./kpi-pack";
import { abcClasses, paretoShare, type AbcRow, type ParetoShare } from "./pareto";
import { productBandValues, type ProductBandBasis } from "./product-band-values";
import { productPacks } from "./product-packs";
import { joinProducts, type ProductJoin } from "./product-join";
import { decideProducts, DEFAULT_RULE_THRESHOLDS, type ProductDecision, type RuleThresholds } from "./rules";
import type { ProductTable, TrafficTable, TransactionLines } from "./tables";

/** The study's price edges. */
export const STUDY_PRICE_EDGES: readonly number[] = [0, 200, 400, 100000];

export interface PromotionOptions {
  /** @default STUDY_PRICE_EDGES (0-200-400-100000) */
  readonly priceEdges?: readonly number[];
  /** @default "salePrice" when the product table has sale prices, else "meanUnitPrice" */
  readonly priceBasis?: ProductBandBasis;
  /** @default 0.15 … 1 by 0.05 (bandEdgesFromStep(0.15, 1, 0.05)) */
  readonly discountEdges?: readonly number[];
  /** @default "discount" (sale price / tag price) */
  readonly discountBasis?: ProductBandBasis;
  /** @default { closed: "right", includeLowest: true } */
  readonly cut?: Omit<CutOptions, "labels">;
  /** @default DEFAULT_RULE_THRESHOLDS (0.8 % conversion, 30 % sell-through) */
  readonly thresholds?: RuleThresholds;
  /** "product": each product's own numbers; "discountBand": its discount band's pooled numbers. @default "product" */
  readonly rule?: "product" | "discountBand";
  /** The Pareto share's top fraction. @default 0.2 */
  readonly paretoTopFraction?: number;
}

export interface PromotionAnalysis {
  readonly join: ProductJoin;
  readonly pack: KpiPack;
  /** Each product's own KPI pack by product key (the figures next to its decision). */
  readonly productPacks: ReadonlyMap<string, KpiPack>;
  readonly priceBands: BandKpis;
  readonly discountBands: BandKpis | null;
  readonly decisions: readonly ProductDecision[] | readonly ProductBandDecision[];
  readonly bandDecisions: readonly BandDecision[] | null;
  readonly funnel: Funnel | null;
  /** null when GMV is 0 (no share to rank). */
  readonly abc: {
    readonly rows: readonly AbcRow[];
    readonly topFraction: number;
    readonly pareto: ParetoShare;
  } | null;
}

/**
 * The whole promotion analysis in one call (what the `promo` command and the Promotion pane run): join and
 * data quality, the KPI pack (of all products and of each), price and discount bands (discount bands need tag and sale prices), the keep /
 * candidate / clear decisions, the traffic funnel (when at least two of UV, favourites, add-to-cart, buyers
 * are known) and the ABC classes by product GMV.
 *
 * Cost: O(lines + products × log edges).
 *
 * @throws CoreError the codes of joinProducts, bandsOf and decideProducts
 */
export function analysePromotion(
  lines: TransactionLines,
  products?: ProductTable,
  traffic?: TrafficTable,
  options: PromotionOptions = {},
): PromotionAnalysis {
  return analysePromotionOfJoin(joinProducts(lines, products, traffic), options);
}

/**
 * {@link analysePromotion} from the products joined already (joinProducts, or joinRollup on a roll-up of the
 * lines that a database computed: the command line's `--engine duckdb`).
 *
 * Cost: O(products × log edges).
 *
 * @throws CoreError the BAND_* codes
 */
export function analysePromotionOfJoin(join: ProductJoin, options: PromotionOptions = {}): PromotionAnalysis {
  const { available } = join;
  const pack = kpiPack(join.products, available);
  const cut = options.cut ?? {};
  const priceBasis = options.priceBasis ?? (available.salePrices ? "salePrice" : "meanUnitPrice");
  const priceValues = productBandValues(join.products, priceBasis);
  const priceBands = bandKpis(
    join.products,
    priceValues,
    options.priceEdges ?? STUDY_PRICE_EDGES,
    cut,
    available,
  );
  const hasDiscount =
    available.tagPrices && (available.salePrices || options.discountBasis === "realisedDiscount");
  const discountBands = hasDiscount
    ? bandKpis(
        join.products,
        productBandValues(join.products, options.discountBasis ?? "discount"),
        options.discountEdges ?? bandEdgesFromStep(0.15, 1, 0.05),
        cut,
        available,
      )
    : null;
  const thresholds = options.thresholds ?? DEFAULT_RULE_THRESHOLDS;
  const byBand =
    options.rule === "discountBand" && discountBands !== null ? decideBands(discountBands, thresholds) : null;
  const funnelSteps = (["uv", "favourites", "addToCart", "buyers"] as const).filter(
    (key) => pack[key].kind === "value",
  );
  const topFraction = options.paretoTopFraction ?? 0.2;
  const gmvs = join.products.map((product) => product.amount);
  const positive = gmvs.some((gmv) => gmv > 0) && gmvs.every((gmv) => gmv >= 0);
  return {
    join,
    pack,
    productPacks: productPacks(join.products, available),
    priceBands,
    discountBands,
    decisions: byBand?.products ?? decideProducts(join.products, available, thresholds),
    bandDecisions: byBand?.bands ?? null,
    funnel: funnelSteps.length >= 2 ? trafficFunnel(pack) : null,
    abc: positive
      ? {
          rows: abcClasses(
            join.products.map((product) => product.productKey),
            gmvs,
          ),
          topFraction,
          pareto: paretoShare(gmvs, topFraction),
        }
      : null,
  };
}
