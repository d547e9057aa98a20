import { CoreError } from "../errors";
import { priceSensitivity, type PriceSensitivity } from "../member/price-sensitivity";
import type { DiscountConvention } from "../member/promotion-flags";
import { promotionSensitivity, type PromotionSensitivity } from "../member/promotion-sensitivity";
import { sensitivitySheet } from "../report/member-sensitivity";
import { optionalKeys, optionalNumbers } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { memberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";

export interface SensitivitySettings {
  /** What the discount column holds (src/member/promotion-flags.ts). @default "paidRatio" */
  readonly discountConvention?: DiscountConvention;
}

export const SENSITIVITY_DEFAULTS = {
  discountConvention: "paidRatio",
} as const satisfies SensitivitySettings;

export interface SensitivityResult {
  /** Present when the table has a coupon amount or a discount column. */
  readonly promotion: PromotionSensitivity | undefined;
  /** Present when the table has a unit price and a category column. */
  readonly price: PriceSensitivity | undefined;
  readonly facts: SensitivityFacts;
}

export interface SensitivityFacts {
  readonly analysis: "sensitivity";
  /** Members tagged "high" / all members; null without a promotion column. */
  readonly highShare: number | null;
  /** Median price index over members; null without unit price and category. */
  readonly medianPriceIndex: number | null;
}

/**
 * Promotion sensitivity (share of a member's orders with a coupon or a discount, tagged low / mid / high at
 * the quartiles of all members) and price sensitivity (mean of unit price / the category's median unit
 * price), each computed when its columns are there.
 *
 * Cost: O(rows log rows).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId; or none of couponAmount, discount, unitPrice + category, with
 *   details.argument "couponAmount"), and the codes of promotionSensitivity and priceSensitivity
 */
export function sensitivityAnalysis(
  table: Table,
  settings: SensitivitySettings,
  context: AnalysisContext,
): AnalysisRun<SensitivityResult> {
  requireAcceptedShape(table, "sensitivity");
  const forWhat = "sensitivity";
  const discountConvention = settings.discountConvention ?? SENSITIVITY_DEFAULTS.discountConvention;
  const couponAmounts = optionalNumbers(table, "couponAmount", forWhat);
  const discounts = optionalNumbers(table, "discount", forWhat);
  const categories = optionalKeys(table, "category");
  const unitPrices = optionalNumbers(table, "unitPrice", forWhat);
  const members = memberColumns(table, forWhat);
  const promotion =
    couponAmounts === undefined && discounts === undefined
      ? undefined
      : promotionSensitivity({
          ...members,
          ...(couponAmounts === undefined ? {} : { couponAmounts }),
          ...(discounts === undefined ? {} : { discounts }),
          discountConvention,
        });
  const price =
    categories === undefined || unitPrices === undefined
      ? undefined
      : priceSensitivity({ memberIds: members.memberIds, categories, unitPrices });
  if (promotion === undefined && price === undefined) {
    throw new CoreError(
      "MISSING_COLUMN",
      "A coupon or discount column, or a category and a unit price column, is needed",
      { argument: "couponAmount" },
    );
  }
  const result: SensitivityResult = {
    promotion,
    price,
    facts: {
      analysis: "sensitivity",
      highShare: promotion === undefined ? null : promotion.tagCounts.high / promotion.members.length,
      medianPriceIndex: price === undefined ? null : price.summary.median,
    },
  };
  const parts = {
    ...(promotion === undefined ? {} : { promotion }),
    ...(price === undefined ? {} : { price }),
  };
  return {
    result,
    sheets: lazily(() => [
      sensitivitySheet(
        parts,
        context.locale,
        analysisRunRecord(table, context, "sensitivity", { discountConvention }),
      ),
    ]),
  };
}
