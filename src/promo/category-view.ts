import { CoreError } from "../errors";
import type { LineRollupResult } from "./line-rollup";
import type { ProductTable, TransactionLines } from "./tables";
import { keyText, numberOrNull, requireSameLength, type KeyCell, type NumberCell } from "./cells";

/** Lines to summarise by category; `categories[i]` is line i's category (see categoriesForLines). */
export interface CategoryLines {
  readonly productKeys: readonly KeyCell[];
  readonly categories: readonly KeyCell[];
  readonly units: readonly NumberCell[];
  readonly amounts: readonly NumberCell[];
  readonly memberKeys?: readonly KeyCell[];
  /** Lines each row stands for (a product's roll-up of its lines); 1 each when absent. */
  readonly lineCounts?: readonly number[];
}

export interface CategoryRow {
  /** null collects lines without a category (shown, not dropped). */
  readonly category: string | null;
  readonly lineCount: number;
  readonly units: number;
  readonly revenue: number;
  readonly distinctProducts: number;
}

/**
 * Units, revenue and distinct products per category (the member study's new-member category table), for all
 * lines or for a member subset (`members`: e.g. the ids of members registered in the period; needs
 * `memberKeys`). Rows sorted by revenue descending, then category text; blanks count as 0.
 *
 * Cost: O(n + members).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, CATEGORY_MEMBER_COLUMN_MISSING
 * @example categoryView({ productKeys: ["p1", "p2", "p1"], categories: ["Tops", "Tops", "Tops"], units: [1, 2, 1], amounts: [10, 30, 10] })
 * // [{ category: "Tops", lineCount: 3, units: 4, revenue: 50, distinctProducts: 2 }]
 */
export function categoryView(lines: CategoryLines, members?: readonly KeyCell[]): CategoryRow[] {
  const rowCount = requireSameLength("categoryView", { ...lines });
  const memberSet = members === undefined ? null : keySet(members);
  if (memberSet !== null && lines.memberKeys === undefined) {
    throw new CoreError("CATEGORY_MEMBER_COLUMN_MISSING", "A member column is needed to filter by members");
  }
  const groups = new Map<
    string | null,
    { lineCount: number; units: number; revenue: number; products: Set<string> }
  >();
  for (let row = 0; row < rowCount; row++) {
    if (memberSet !== null && !memberSet.has(keyText(lines.memberKeys?.[row]) ?? "")) continue;
    const category = keyText(lines.categories[row]);
    const group = groups.get(category) ?? { lineCount: 0, units: 0, revenue: 0, products: new Set<string>() };
    group.lineCount += lines.lineCounts?.[row] ?? 1;
    group.units += numberOrNull(lines.units[row]) ?? 0;
    group.revenue += numberOrNull(lines.amounts[row]) ?? 0;
    const product = keyText(lines.productKeys[row]);
    if (product !== null) group.products.add(product);
    groups.set(category, group);
  }
  return [...groups.entries()]
    .map(([category, group]) => ({
      category,
      lineCount: group.lineCount,
      units: group.units,
      revenue: group.revenue,
      distinctProducts: group.products.size,
    }))
    .sort((a, b) => b.revenue - a.revenue || compareCategory(a.category, b.category));
}

/** The category of each line's product from a product table (null when the product or its category is missing). */
export function categoriesForLines(
  lineProductKeys: readonly KeyCell[],
  productTable: { readonly productKeys: readonly KeyCell[]; readonly categories: readonly KeyCell[] },
): (string | null)[] {
  requireSameLength("categoriesForLines", { ...productTable });
  const byProduct = new Map<string, string | null>();
  productTable.productKeys.forEach((cell, row) => {
    const key = keyText(cell);
    if (key !== null && !byProduct.has(key)) byProduct.set(key, keyText(productTable.categories[row]));
  });
  return lineProductKeys.map((cell) => byProduct.get(keyText(cell) ?? "") ?? null);
}

/** The normalised key texts of a list of key cells (blanks left out). */
export function keySet(cells: readonly KeyCell[]): Set<string> {
  const set = new Set<string>();
  for (const cell of cells) {
    const key = keyText(cell);
    if (key !== null) set.add(key);
  }
  return set;
}

/** Category order for ties: by code-unit text (locale-independent), blank category last. */
export function compareCategory(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The category view of transaction lines whose categories come from a product table: null when the product
 * table has no category column.
 *
 * Cost: O(lines + products).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH
 */
export function categoryViewOfLines(
  lines: Pick<TransactionLines, "productKeys" | "units" | "amounts">,
  products: Pick<ProductTable, "productKeys" | "categories">,
): CategoryRow[] | null {
  if (products.categories === undefined) return null;
  const categories = categoriesForLines(lines.productKeys, {
    productKeys: products.productKeys,
    categories: products.categories,
  });
  return categoryView({
    productKeys: lines.productKeys,
    categories,
    units: lines.units,
    amounts: lines.amounts,
  });
}

/**
 * {@link categoryViewOfLines} from the lines' roll-up (one row per product with its line count, units and
 * amount, and the lines without a product key), as the command line's `--engine duckdb` has it: the same rows,
 * the sums taken per product first.
 *
 * Cost: O(products).
 */
export function categoryViewOfRollup(
  rollup: LineRollupResult,
  products: Pick<ProductTable, "productKeys" | "categories">,
): CategoryRow[] | null {
  const { issues } = rollup;
  const unkeyed = issues.unkeyedLineCount > 0 ? [issues] : [];
  const rows = [
    ...rollup.products.map((product) => ({ ...product, key: product.productKey })),
    ...unkeyed.map((lines) => ({
      key: null,
      lineCount: lines.unkeyedLineCount,
      units: lines.unkeyedUnits,
      amount: lines.unkeyedAmount,
    })),
  ];
  if (products.categories === undefined) return null;
  const productKeys = rows.map((row) => row.key);
  return categoryView({
    productKeys,
    categories: categoriesForLines(productKeys, {
      productKeys: products.productKeys,
      categories: products.categories,
    }),
    units: rows.map((row) => row.units),
    amounts: rows.map((row) => row.amount),
    lineCounts: rows.map((row) => row.lineCount),
  });
}
