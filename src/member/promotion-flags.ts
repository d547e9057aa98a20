import { CoreError } from "../errors";
import { checkLengths, readNumber } from "./cells";

/**
 * What a discount column holds.
 * - "paidRatio": the share of the list price paid, 0.8 = 20 % off (the Chinese 8折 convention); a row is
 *   discounted when 0 < d < 1; 1 is full price; 0 or empty is "no information" (an empty desktop cell is 0).
 * - "offRatio": the share taken off, 0.2 = 20 % off; discounted when d > 0.
 * - "amount": money taken off; discounted when d ≠ 0 (some exports write deductions as negatives).
 */
export type DiscountConvention = "paidRatio" | "offRatio" | "amount";

export interface PromotionFlagColumns {
  /** Coupon money per row; a coupon was used when it is not 0 (either sign: some exports write −50). */
  readonly couponAmounts?: readonly (number | null)[];
  readonly discounts?: readonly (number | null)[];
  /** @default "paidRatio" */
  readonly discountConvention?: DiscountConvention;
}

/**
 * Per row: did it use a coupon or a discount? A row counts as promoted when its coupon amount is not 0, or
 * when its discount says so under the chosen {@link DiscountConvention}. Cost: O(rows).
 *
 * @throws CoreError NO_PROMOTION_COLUMN (neither column given), COLUMN_LENGTH_MISMATCH, NUMBER_INVALID,
 *   DISCOUNT_OUT_OF_RANGE (a ratio outside 0..1, e.g. 80 for 8折 — write 0.8)
 * @example promotedRows(3, { discounts: [1, 0.8, null] }) // [false, true, false]
 */
export function promotedRows(
  rowCount: number,
  columns: PromotionFlagColumns,
  fn = "promotedRows",
): boolean[] {
  const { couponAmounts, discounts } = columns;
  const convention = columns.discountConvention ?? "paidRatio";
  if (couponAmounts === undefined && discounts === undefined) {
    throw new CoreError("NO_PROMOTION_COLUMN", "A coupon amount or a discount column is needed");
  }
  checkLengths(fn, new Array<null>(rowCount), { couponAmounts, discounts });
  const flags = new Array<boolean>(rowCount).fill(false);
  for (let row = 0; row < rowCount; row++) {
    const coupon = couponAmounts === undefined ? 0 : readNumber(couponAmounts[row], fn, "couponAmounts", row);
    const discount = discounts === undefined ? 0 : readNumber(discounts[row], fn, "discounts", row);
    flags[row] = coupon !== 0 || isDiscounted(discount, convention, fn, row);
  }
  return flags;
}

function isDiscounted(discount: number, convention: DiscountConvention, fn: string, row: number): boolean {
  if (convention === "amount") return discount !== 0;
  if (discount < 0 || discount > 1) {
    throw new CoreError(
      "DISCOUNT_OUT_OF_RANGE",
      `A discount ${convention === "paidRatio" ? "(share of the tag price paid)" : "rate"} must be between 0 and 1 (row ${row + 1})`,
      { argument: convention, row, value: discount },
    );
  }
  return convention === "paidRatio" ? discount > 0 && discount < 1 : discount > 0;
}
