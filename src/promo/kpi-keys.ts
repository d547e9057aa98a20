/**
 * The KPI pack's stable keys, in the order the KPI table lists them. Names and definitions in the three UI
 * languages live in src/i18n/messages/promo.ts (`kpiName.<key>`, `kpiDefinition.<key>`).
 *
 * Two ways of counting buyers sit side by side (issue 11): the study's own 客单价 and 转化率 count each
 * product's distinct buyers and sum them over the products (productBuyersSum, aovStudy, conversionStudy);
 * the distinct-buyer figures count a member once over all lines (buyers, spendPerDistinctBuyer,
 * conversionDistinctBuyers). Until issue 11 the keys perBuyerSpend and conversion held the distinct-buyer
 * figures; they were renamed rather than redefined, so no key changed its meaning.
 */
export const KPI_KEYS = [
  "gmv",
  "netSales",
  "units",
  "productBuyersSum",
  "aovStudy",
  "uv",
  "conversionStudy",
  "buyers",
  "spendPerDistinctBuyer",
  "conversionDistinctBuyers",
  "orders",
  "averageOrderValue",
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
export const RATIO_KPI_KEYS: readonly KpiKey[] = [
  "conversionStudy",
  "conversionDistinctBuyers",
  "discountRate",
  "sellThrough",
];

/** KPIs that are money amounts (written with a 2-decimal format). */
export const AMOUNT_KPI_KEYS: readonly KpiKey[] = [
  "gmv",
  "netSales",
  "aovStudy",
  "spendPerDistinctBuyer",
  "averageOrderValue",
  "stockValue",
  "returnAmount",
];

/** True when `key` is one of the KPI pack's keys. */
export function isKpiKey(key: string): key is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(key);
}
