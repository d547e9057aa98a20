import { kpiNumberOrNull } from "./kpi-value";
import type { ProductSummary } from "./product-summary";

/**
 * What a product is banded by: its sale price, tag price or mean unit price (price bands), or its discount
 * (discount bands): "discount" = sale price / tag price (the list discount, e.g. 0.35 = 35 % of tag price,
 * as the study's 折扣), "realisedDiscount" = mean unit price paid / tag price.
 */
export type ProductBandBasis = "salePrice" | "tagPrice" | "meanUnitPrice" | "discount" | "realisedDiscount";

/**
 * One band value per product (null when an input is blank or the tag price is 0), aligned with `products`.
 *
 * @example
 * import { joinProducts } from "./product-join";
 * const { products } = joinProducts({ productKeys: ["A", "B"], units: [1, 1], amounts: [90, 300] },
 *   { productKeys: ["A", "B"], tagPrices: [200, 400], salePrices: [90, 300] });
 * productBandValues(products, "discount") // [0.45, 0.75]
 */
export function productBandValues(
  products: readonly ProductSummary[],
  basis: ProductBandBasis,
): (number | null)[] {
  return products.map((product) => {
    switch (basis) {
      case "salePrice":
        return product.salePrice;
      case "tagPrice":
        return product.tagPrice;
      case "meanUnitPrice":
        return kpiNumberOrNull(product.meanUnitPrice);
      case "discount":
        return ratioOrNull(product.salePrice, product.tagPrice);
      case "realisedDiscount":
        return ratioOrNull(kpiNumberOrNull(product.meanUnitPrice), product.tagPrice);
    }
  });
}

function ratioOrNull(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}
