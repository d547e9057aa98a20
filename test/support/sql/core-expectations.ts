import { bandsAnalysis } from "../../../src/analysis/bands";
import { cohortsAnalysis } from "../../../src/analysis/cohorts";
import { cycleAnalysis } from "../../../src/analysis/cycle";
import { rfmAnalysis, type RfmSettings } from "../../../src/analysis/rfm";
import { yoyAnalysis, type YoySettings } from "../../../src/analysis/yoy";
import { monthLabel } from "../../../src/dates/month-index";
import type { BandClosed } from "../../../src/promo/band-cut";
import { linesFromTable, productTableFromTable, trafficFromTable } from "../../../src/promo/from-table";
import { kpiPack } from "../../../src/promo/kpi-pack";
import { kpiNumberOrNull } from "../../../src/promo/kpi-value";
import { joinProducts } from "../../../src/promo/product-join";
import { rfmQuantileScores, type RfmQuantileScoreOptions } from "../../../src/rfm/rfm-scores";
import { studyLevels } from "../../../src/rfm/threshold-levels";
import { PROMO_KPIS_SQL_COLUMNS } from "../../../src/sql/promo-kpis-sql";
import { YOY_SQL_METRICS } from "../../../src/sql/yoy-sql";
import type { Table } from "../../../src/table/types";
import { sortedBy, type ExpectedRow } from "./compare-rows";
import { TEST_CONTEXT } from "./fixtures";

// The TypeScript core's own results on a fixture, shaped as the rows the generated SQL returns. These are the
// expected values of test/sql/: the core is checked against R, pandas and hand calculations in test/src/.

/** rfmAnalysis per member (sorted by member id), with the study's levels and/or quantile scores when asked. */
export function coreRfmRows(
  table: Table,
  settings: RfmSettings,
  extra: { readonly levels?: boolean; readonly scores?: RfmQuantileScoreOptions } = {},
): ExpectedRow[] {
  const { members } = rfmAnalysis(table, settings, TEST_CONTEXT).result;
  const levels = extra.levels === true ? studyLevels(members) : null;
  const scores = extra.scores === undefined ? null : rfmQuantileScores(members, extra.scores);
  const rows = members.memberIds.map((memberId, index) => ({
    member_id: String(memberId),
    recency_days: members.recencyDays[index] as number,
    frequency: members.frequency[index] as number,
    monetary: members.monetary[index] as number,
    ...(levels === null
      ? {}
      : {
          order_count_level: levels.orderCountLevel[index] as number,
          sales_level: levels.salesLevel[index] as number,
        }),
    ...(scores === null
      ? {}
      : {
          recency_score: scores.recency.scores[index] as number,
          frequency_score: scores.frequency.scores[index] as number,
          monetary_score: scores.monetary.scores[index] as number,
        }),
  }));
  return sortedBy(rows, "member_id");
}

/** cycleAnalysis' summary as the one row of cycleSql. */
export function coreCycleRow(table: Table): ExpectedRow {
  const { summary } = cycleAnalysis(table, TEST_CONTEXT).result;
  return {
    member_count: summary.memberCount,
    members_with_cycle: summary.membersWithCycle,
    mean_days: summary.stats.mean,
    min_days: summary.stats.min,
    q1_days: summary.stats.q1,
    median_days: summary.stats.median,
    q3_days: summary.stats.q3,
    max_days: summary.stats.max,
    lapsed_after_days: summary.lapsedAfterDays,
  };
}

/** cohortsAnalysis' retention triangle, one row per cohort and month since. */
export function coreCohortRows(table: Table): ExpectedRow[] {
  const { retention } = cohortsAnalysis(table, TEST_CONTEXT).result;
  return retention.cohorts.flatMap((cohort) =>
    cohort.activeMembers.map((active, monthsSince) => ({
      cohort_month: monthLabel(cohort.cohortMonth),
      months_since: monthsSince,
      cohort_members: cohort.members,
      active_members: active,
      retention: cohort.retention[monthsSince] as number,
    })),
  );
}

/** yoyAnalysis' summary, one row per metric. */
export function coreYoyRows(table: Table, settings: YoySettings): ExpectedRow[] {
  const summary = yoyAnalysis(table, settings, TEST_CONTEXT).result;
  return YOY_SQL_METRICS.map((metric) => ({
    metric,
    current_value: summary.current[metric],
    previous_value: summary.previous[metric],
    change_ratio: summary.yoy[metric],
  }));
}

/** bandsAnalysis' rows: each band, then below, above and missing. */
export function coreBandRows(
  table: Table,
  settings: {
    readonly by: string;
    readonly edges: readonly number[];
    readonly sum: readonly string[];
    readonly closed: BandClosed;
  },
): ExpectedRow[] {
  const { rows } = bandsAnalysis(table, settings, TEST_CONTEXT).result;
  const outside = (
    band: string,
    group: { readonly rows: number; readonly sums: Readonly<Record<string, number>> },
  ) => ({
    band,
    lower_edge: null,
    upper_edge: null,
    row_count: group.rows,
    ...group.sums,
  });
  return [
    ...rows.bands.map((band) => ({
      band: band.label,
      lower_edge: band.lower,
      upper_edge: band.upper,
      row_count: band.rows,
      ...band.sums,
    })),
    outside("below", rows.below),
    outside("above", rows.above),
    outside("missing", rows.missing),
  ];
}

/** The promotion tables as the core joins them. */
function corePromotionJoin(lines: Table, products?: Table, traffic?: Table) {
  return joinProducts(
    linesFromTable(lines),
    products === undefined ? undefined : productTableFromTable(products),
    traffic === undefined ? undefined : trafficFromTable(traffic),
  );
}

/** kpiPack over the joined products, one row keyed by the SQL's column names (null = not available). */
export function corePromoKpiRow(lines: Table, products?: Table, traffic?: Table): ExpectedRow {
  const join = corePromotionJoin(lines, products, traffic);
  const pack = kpiPack(join.products, join.available);
  const camel = (column: string): string =>
    column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return Object.fromEntries(
    PROMO_KPIS_SQL_COLUMNS.map((column) => [
      column,
      kpiNumberOrNull(pack[camel(column) as keyof typeof pack]),
    ]),
  );
}

/** joinProducts' products, sorted by product id. */
export function corePromoProductRows(lines: Table, products?: Table, traffic?: Table): ExpectedRow[] {
  const join = corePromotionJoin(lines, products, traffic);
  const rows = join.products.map((product) => ({
    product_id: product.productKey,
    units: product.units,
    gmv: product.amount,
    return_units: product.returnUnits,
    return_amount: product.returnAmount,
    mean_unit_price: kpiNumberOrNull(product.meanUnitPrice),
    buyers: join.available.buyers ? product.buyerKeys.length : null,
    orders: join.available.orders ? product.orderKeys.length : null,
    tag_price: product.tagPrice,
    sale_price: product.salePrice,
    stock: product.stock,
    sku_count: product.skuCount,
    uv: product.uv,
    favourites: product.favourites,
    add_to_cart: product.addToCart,
  }));
  return sortedBy(rows, "product_id");
}
