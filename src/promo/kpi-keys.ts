/**
 * The KPI pack's stable keys, in the order the KPI table lists them. Names and definitions in the three UI
 * languages live in src/i18n/messages/promo.ts (`kpiName.<key>`, `kpiDefinition.<key>`).
 */
export const KPI_KEYS = [
  "gmv",
  "netSales",
  "units",
  "buyers",
  "orders",
  "perBuyerSpend",
  "averageOrderValue",
  "uv",
  "conversion",
  "discountRate",
  "stockValue",
  "sellThrough",
  "favourites",
  "addToCart",
  "skuCount",
  "spuCount",
  "returnUnits",
  "returnAmount",
] as const;

export type KpiKey = (typeof KPI_KEYS)[number];

/** KPIs that are ratios (written with a percent format); the others are amounts or counts. */
export const RATIO_KPI_KEYS: readonly KpiKey[] = ["conversion", "discountRate", "sellThrough"];

/** KPIs that are money amounts (written with a 2-decimal format). */
export const AMOUNT_KPI_KEYS: readonly KpiKey[] = [
  "gmv",
  "netSales",
  "perBuyerSpend",
  "averageOrderValue",
  "stockValue",
  "returnAmount",
];

/** True when `key` is one of the KPI pack's keys. */
export function isKpiKey(key: string): key is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(key);
}
