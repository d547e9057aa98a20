import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { priceSensitivity, type PriceSensitivity } from "../../src/member/price-sensitivity";
import type { DiscountConvention } from "../../src/member/promotion-flags";
import { promotionSensitivity, type PromotionSensitivity } from "../../src/member/promotion-sensitivity";
import { sensitivitySheet } from "../../src/report/member-sensitivity";
import type { ResultSheet } from "../../src/report/types";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { optionalKeys, optionalNumbers } from "../../src/table/column-reader";
import { loadMemberInput, memberRunRecord, type MemberInput } from "./member-input";
import { sheetsText } from "./sheet-text";

export interface SensitivityResult {
  readonly input: MemberInput;
  /** Present when the table has a coupon or a discount column. */
  readonly promotion: PromotionSensitivity | undefined;
  /** Present when the table has a category and a unit price column. */
  readonly price: PriceSensitivity | undefined;
}

export interface SensitivityJson {
  readonly promotion: PromotionSensitivity | null;
  readonly price: PriceSensitivity | null;
}

const CONVENTIONS: readonly DiscountConvention[] = ["paidRatio", "offRatio", "amount"];

/** `sensitivity --input FILE`: promotion sensitivity (coupon / discount use) and price sensitivity. */
export const sensitivityCommand = defineCommand<SensitivityResult>({
  usage: [
    "sensitivity --input FILE [--coupon COL | --discount-column COL [--discount-convention paidRatio|offRatio|amount]]",
    "        [--category COL --unit-price COL] [--member COL] [--order COL] [--json] [--out FILE.xlsx]",
    "",
    "Promotion: share = a member's orders with a coupon or discount / their orders; low ≤ Q1 < mid < Q3 ≤ high",
    "(quartiles of all members, R type 7). Price: mean of unit price / the category's median unit price.",
    "--json prints {promotion: {members: [{memberId, orders, promotedOrders, promotedShare, tag}], q1Share,",
    "q3Share, tagCounts: {low, mid, high}, overallPromotedShare, skippedRows} | null, price: {members:",
    "[{memberId, rows, priceIndex}], categories: [{category, rows, medianUnitPrice}], summary: {count, mean, min,",
    "q1, median, q3, max}, skippedRows} | null}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    "discount-convention": {
      type: "string",
      valueName: "NAME",
      description: "paidRatio (0.8 = 20% off, default), offRatio (0.2 = 20% off) or amount (money off)",
    },
  },
  async run(args) {
    const discountConvention = conventionFlag(args.values["discount-convention"]);
    const input = await loadMemberInput(args, "sensitivity");
    const { table } = input.loaded;
    const couponAmounts = optionalNumbers(table, "couponAmount", "sensitivity");
    const discounts = optionalNumbers(table, "discount", "sensitivity");
    const categories = optionalKeys(table, "category");
    const unitPrices = optionalNumbers(table, "unitPrice", "sensitivity");
    const hasPromotion = couponAmounts !== undefined || discounts !== undefined;
    const hasPrice = categories !== undefined && unitPrices !== undefined;
    if (!hasPromotion && !hasPrice) {
      throw new CoreError(
        "MISSING_COLUMN",
        "sensitivity requires a coupon or discount column (--coupon COL, --discount-column COL), or category and unit price columns (--category COL --unit-price COL)",
      );
    }
    const { memberIds, orderIds } = input;
    return {
      input,
      promotion: hasPromotion
        ? promotionSensitivity({ memberIds, orderIds, couponAmounts, discounts, discountConvention })
        : undefined,
      price: hasPrice ? priceSensitivity({ memberIds, categories, unitPrices }) : undefined,
    };
  },
  toJson: ({ promotion, price }): SensitivityJson => ({ promotion: promotion ?? null, price: price ?? null }),
  renderText: (result, locale) =>
    sheetsText(sensitivitySheets(result, locale), [result.input.loaded.inputAddress]),
  resultSheets: sensitivitySheets,
});

function sensitivitySheets({ input, promotion, price }: SensitivityResult, locale: Locale): ResultSheet[] {
  const parts = {
    ...(promotion === undefined ? {} : { promotion }),
    ...(price === undefined ? {} : { price }),
  };
  return [sensitivitySheet(parts, locale, memberRunRecord(input))];
}

function conventionFlag(value: unknown): DiscountConvention {
  if (value === undefined) return "paidRatio";
  const match = CONVENTIONS.find((convention) => convention.toLowerCase() === String(value).toLowerCase());
  if (match === undefined) {
    throw new CliError(
      `--discount-convention must be one of ${CONVENTIONS.join(", ")} (got "${String(value)}")`,
    );
  }
  return match;
}
