import { median } from "simple-statistics";
import { CoreError } from "../errors";
import { checkLengths, noMembersError, readIdKey, readKey, readNumber, type KeyCell } from "./cells";
import { quartileSummary, type QuartileSummary } from "./quartiles";

export interface PriceColumns {
  readonly memberIds: readonly KeyCell[];
  /** Category per row (order line). */
  readonly categories: readonly KeyCell[];
  /** Unit price paid per row; empty (null or 0) leaves the row out. */
  readonly unitPrices: readonly (number | null)[];
}

export interface MemberPriceIndex {
  readonly memberId: string;
  /** Rows (order lines) with a category and a unit price. */
  readonly rows: number;
  /** Mean over those rows of unit price / the category's median unit price; 1 = pays the typical price. */
  readonly priceIndex: number;
}

export interface CategoryPrice {
  readonly category: string;
  readonly rows: number;
  readonly medianUnitPrice: number;
}

export interface PriceSensitivity {
  /** Members in order of first appearance. */
  readonly members: readonly MemberPriceIndex[];
  /** Categories sorted by name. */
  readonly categories: readonly CategoryPrice[];
  /** Distribution of priceIndex over members (quartiles R type 7). */
  readonly summary: QuartileSummary;
  readonly skippedRows: number;
}

/**
 * Price sensitivity: how a member's paid unit prices compare with what the category usually costs. Each row's
 * ratio is unit price / the median unit price of its category over all rows; a member's price index is the
 * mean of their rows' ratios (each order line counts once, whatever its quantity). Below 1, the member buys
 * the cheaper end or on discount; above 1, the dearer end. Cost: O(rows log rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, PRICE_INVALID (a negative unit price),
 *   NO_MEMBERS, NO_PRICES (no member row with a category and a unit price)
 * @example
 * priceSensitivity({ memberIds: ["a", "b", "c"], categories: ["tea", "tea", "tea"], unitPrices: [50, 100, 200] })
 *   .members.map((m) => m.priceIndex) // [0.5, 1, 2]
 */
export function priceSensitivity(columns: PriceColumns): PriceSensitivity {
  const fn = "priceSensitivity";
  const { memberIds, categories, unitPrices } = columns;
  checkLengths(fn, memberIds, { categories, unitPrices });
  const kept: { memberId: string; category: string; unitPrice: number }[] = [];
  const pricesByCategory = new Map<string, number[]>();
  let anyMember = false;
  for (let row = 0; row < memberIds.length; row++) {
    const memberId = readIdKey(memberIds[row], fn, "memberIds", row);
    if (memberId === null) continue;
    anyMember = true;
    const category = readKey(categories[row], fn, "categories", row);
    const unitPrice = readNumber(unitPrices[row], fn, "unitPrices", row);
    if (unitPrice < 0)
      throw new CoreError("PRICE_INVALID", `A unit price is negative (row ${row + 1})`, {
        argument: "unitPrices",
        row,
        value: unitPrice,
      });
    if (category === null || unitPrice === 0) continue;
    kept.push({ memberId, category, unitPrice });
    const prices = pricesByCategory.get(category);
    if (prices === undefined) pricesByCategory.set(category, [unitPrice]);
    else prices.push(unitPrice);
  }
  if (!anyMember) throw noMembersError();
  if (kept.length === 0) {
    throw new CoreError("NO_PRICES", "At least one member row with a category and a unit price is needed");
  }
  const medianByCategory = new Map<string, number>();
  for (const [category, prices] of pricesByCategory) medianByCategory.set(category, median(prices));
  const ratioSums = new Map<string, { rows: number; ratioSum: number }>();
  for (const { memberId, category, unitPrice } of kept) {
    const ratio = unitPrice / (medianByCategory.get(category) as number);
    const entry = ratioSums.get(memberId);
    if (entry === undefined) ratioSums.set(memberId, { rows: 1, ratioSum: ratio });
    else {
      entry.rows++;
      entry.ratioSum += ratio;
    }
  }
  const members = [...ratioSums].map(([memberId, { rows, ratioSum }]) => ({
    memberId,
    rows,
    priceIndex: ratioSum / rows,
  }));
  const categoryPrices = [...pricesByCategory]
    .map(([category, prices]) => ({
      category,
      rows: prices.length,
      medianUnitPrice: medianByCategory.get(category) as number,
    }))
    .sort((x, y) => (x.category < y.category ? -1 : x.category > y.category ? 1 : 0));
  return {
    members,
    categories: categoryPrices,
    summary: quartileSummary(members.map((member) => member.priceIndex)),
    skippedRows: memberIds.length - kept.length,
  };
}
