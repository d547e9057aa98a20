import { CoreError } from "../errors";
import { keyText, numberOrNull, requireSameLength, type KeyCell, type NumberCell } from "./cells";
import { compareCategory, keySet } from "./category-view";

/** A cart export: one row per item in a member's cart. */
export interface CartItems {
  readonly memberKeys: readonly KeyCell[];
  readonly productKeys: readonly KeyCell[];
  readonly categories: readonly KeyCell[];
  /** The listing status (e.g. 上架 / 下架, listed / delisted). */
  readonly statuses: readonly KeyCell[];
  /** Quantity per item; blank or absent = 1. */
  readonly units?: readonly NumberCell[];
}

/** Items, units and distinct products of one status group. */
export interface CartGroup {
  readonly items: number;
  readonly units: number;
  readonly distinctProducts: number;
}

export interface CartCategoryRow {
  readonly category: string | null;
  readonly listed: CartGroup;
  readonly delisted: CartGroup;
  /** Items whose status cell is blank. */
  readonly statusMissing: CartGroup;
}

export interface CartCategoryView {
  readonly rows: readonly CartCategoryRow[];
  /** Cart items left out because their member ordered (or has no member key). */
  readonly excludedItems: number;
}

/**
 * The cart view: items in the carts of members who did not order (`orderedMembers` lists those who did),
 * per category, split into listed (status in `listedStatuses`), delisted (any other status) and blank
 * status. Rows sorted by total items descending, then category text.
 *
 * Cost: O(n + orderedMembers).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, CART_LISTED_STATUSES_EMPTY
 */
export function cartCategoryView(
  cart: CartItems,
  orderedMembers: readonly KeyCell[],
  listedStatuses: readonly string[],
): CartCategoryView {
  const rowCount = requireSameLength("cartCategoryView", { ...cart });
  if (listedStatuses.length === 0) {
    throw new CoreError("CART_LISTED_STATUSES_EMPTY", "At least one cart status meaning listed is needed");
  }
  const ordered = keySet(orderedMembers);
  const listed = keySet(listedStatuses);
  type Acc = { items: number; units: number; products: Set<string> };
  const newAcc = (): Acc => ({ items: 0, units: 0, products: new Set() });
  const groups = new Map<string | null, { listed: Acc; delisted: Acc; statusMissing: Acc }>();
  let excludedItems = 0;
  for (let row = 0; row < rowCount; row++) {
    const member = keyText(cart.memberKeys[row]);
    if (member === null || ordered.has(member)) {
      excludedItems++;
      continue;
    }
    const category = keyText(cart.categories[row]);
    const group = groups.get(category) ?? { listed: newAcc(), delisted: newAcc(), statusMissing: newAcc() };
    const status = keyText(cart.statuses[row]);
    const acc = status === null ? group.statusMissing : listed.has(status) ? group.listed : group.delisted;
    acc.items++;
    acc.units += numberOrNull(cart.units?.[row]) ?? 1;
    const product = keyText(cart.productKeys[row]);
    if (product !== null) acc.products.add(product);
    groups.set(category, group);
  }
  const finish = (acc: Acc): CartGroup => ({
    items: acc.items,
    units: acc.units,
    distinctProducts: acc.products.size,
  });
  const rows = [...groups.entries()].map(([category, group]) => ({
    category,
    listed: finish(group.listed),
    delisted: finish(group.delisted),
    statusMissing: finish(group.statusMissing),
  }));
  const total = (row: CartCategoryRow): number =>
    row.listed.items + row.delisted.items + row.statusMissing.items;
  rows.sort((a, b) => total(b) - total(a) || compareCategory(a.category, b.category));
  return { rows, excludedItems };
}
