import { keyText, numberOrNull, requireSameLength } from "./cells";
import type { DataQualityLine } from "./data-quality";
import type { TrafficTable } from "./tables";

/** A product's traffic; a column that was not given stays null. */
export interface TrafficTotals {
  readonly uv: number | null;
  readonly favourites: number | null;
  readonly addToCart: number | null;
}

/**
 * Traffic per product key. Several rows for one key (e.g. one per day) are summed and reported as a
 * `duplicateKey` line, because summing daily UV over-counts visitors who came on several days.
 */
export function indexTraffic(traffic: TrafficTable, quality: DataQualityLine[]): Map<string, TrafficTotals> {
  const rowCount = requireSameLength("joinProducts (traffic table)", { ...traffic });
  const totals = new Map<
    string,
    { uv: number | null; favourites: number | null; addToCart: number | null }
  >();
  const rowsPerKey = new Map<string, number>();
  let unkeyed = 0;
  for (let row = 0; row < rowCount; row++) {
    const key = keyText(traffic.productKeys[row]);
    if (key === null) {
      unkeyed++;
      continue;
    }
    rowsPerKey.set(key, (rowsPerKey.get(key) ?? 0) + 1);
    const entry = totals.get(key) ?? { uv: null, favourites: null, addToCart: null };
    entry.uv = addColumn(entry.uv, traffic.uv, row);
    entry.favourites = addColumn(entry.favourites, traffic.favourites, row);
    entry.addToCart = addColumn(entry.addToCart, traffic.addToCart, row);
    totals.set(key, entry);
  }
  if (unkeyed > 0)
    quality.push({ kind: "unkeyedRows", table: "traffic", rowCount: unkeyed, units: 0, amount: 0 });
  for (const [productKey, count] of rowsPerKey) {
    if (count > 1)
      quality.push({
        kind: "duplicateKey",
        table: "traffic",
        productKey,
        rowCount: count,
        resolution: "rowsSummed",
      });
  }
  return totals;
}

/** Adds a cell to a running total; a given column makes the total at least 0, a missing column keeps null. */
function addColumn(
  total: number | null,
  column: readonly (number | null)[] | undefined,
  row: number,
): number | null {
  if (column === undefined) return null;
  return (total ?? 0) + (numberOrNull(column[row]) ?? 0);
}
