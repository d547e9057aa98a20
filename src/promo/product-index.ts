import { keyText, requireSameLength } from "./cells";
import type { DataQualityLine } from "./data-quality";
import type { ProductTable } from "./tables";

/**
 * The first row of each product key in the product table. A repeated key keeps its first row and is reported
 * as a `duplicateKey` line; rows without a key are counted as `unkeyedRows`.
 */
export function indexProducts(products: ProductTable, quality: DataQualityLine[]): Map<string, number> {
  const rowCount = requireSameLength("joinProducts (product table)", { ...products });
  const firstRow = new Map<string, number>();
  const duplicates = new Map<string, number>();
  let unkeyed = 0;
  for (let row = 0; row < rowCount; row++) {
    const key = keyText(products.productKeys[row]);
    if (key === null) unkeyed++;
    else if (!firstRow.has(key)) firstRow.set(key, row);
    else duplicates.set(key, (duplicates.get(key) ?? 1) + 1);
  }
  if (unkeyed > 0)
    quality.push({ kind: "unkeyedRows", table: "products", rowCount: unkeyed, units: 0, amount: 0 });
  for (const [productKey, count] of duplicates) {
    quality.push({
      kind: "duplicateKey",
      table: "products",
      productKey,
      rowCount: count,
      resolution: "firstRowKept",
    });
  }
  return firstRow;
}
