import type { PromoTableName } from "./data-quality";
import type { KpiValue } from "./kpi-value";

/** One product after the join: its line roll-up, product-table fields and traffic (null where not given). */
export interface ProductSummary {
  readonly productKey: string;
  /** The tables the key was found in. */
  readonly presentIn: readonly PromoTableName[];
  readonly lineCount: number;
  /** Σ units, returns included. */
  readonly units: number;
  /** Σ line amount (the product's GMV). */
  readonly amount: number;
  readonly returnUnits: number;
  readonly returnAmount: number;
  /** Mean of the lines' unit-price cells; without a unit-price column, amount / units. */
  readonly meanUnitPrice: KpiValue;
  /** Distinct buyer / order keys of the product's lines (empty when the column was not given). */
  readonly buyerKeys: readonly string[];
  readonly orderKeys: readonly string[];
  readonly tagPrice: number | null;
  readonly salePrice: number | null;
  readonly stock: number | null;
  readonly skuCount: number | null;
  readonly category: string | null;
  readonly uv: number | null;
  readonly favourites: number | null;
  readonly addToCart: number | null;
}
