import { normalizeHeader } from "./roles";
import type { ColumnRole, ColumnType } from "./types";

/**
 * Headers that name two roles, told apart by the column's values (normalised header → the role a number
 * column takes instead of the one the header suggests). "SKU" over numbers is the promotion study's SKU
 * count per product (its product table's SKU数, summed as sku_cons = Σ SKU); over text (ids such as
 * "A-100-RED") it stays the SKU id role.
 */
export const NUMBER_DECIDED_HEADERS: ReadonlyMap<
  string,
  { readonly from: ColumnRole; readonly to: ColumnRole }
> = new Map([[normalizeHeader("SKU"), { from: "sku", to: "skuCount" }]]);

/**
 * The columns whose recognised role changes because they hold numbers (see NUMBER_DECIDED_HEADERS), as
 * column index → role, for assignRoles' `fixed` map. A role the user fixed is never changed, nor is a column
 * whose number role another column already has. `typeOf` is the column's type (the user's, else inferred
 * from its cells) and is called only for the columns concerned.
 *
 * Cost: O(columns) plus one type inference per column concerned.
 *
 * @example [...numberDecidedRoles(["Product ID", "SKU"], ["productId", "sku"], new Map(), () => "number")] // [[1, "skuCount"]]
 * @example [...numberDecidedRoles(["Product ID", "SKU"], ["productId", "sku"], new Map(), () => "text")] // []
 */
export function numberDecidedRoles(
  headers: readonly string[],
  roles: readonly (ColumnRole | null)[],
  fixed: ReadonlyMap<number, ColumnRole>,
  typeOf: (position: number) => ColumnType,
): Map<number, ColumnRole> {
  const decided = new Map<number, ColumnRole>();
  const taken = new Set(roles.filter((role): role is ColumnRole => role !== null));
  headers.forEach((header, position) => {
    const swap = NUMBER_DECIDED_HEADERS.get(normalizeHeader(header));
    if (swap === undefined || fixed.has(position) || roles[position] !== swap.from) return;
    if (taken.has(swap.to) || typeOf(position) !== "number") return;
    decided.set(position, swap.to);
    taken.add(swap.to);
  });
  return decided;
}
