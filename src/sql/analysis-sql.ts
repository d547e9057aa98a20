import { bandsSql, type BandsSqlSettings } from "./bands-sql";
import { churnFeaturesSql, type ChurnFeaturesSqlSettings } from "./churn-features-sql";
import { cohortsSql } from "./cohorts-sql";
import { cycleSql } from "./cycle-sql";
import type { SqlDialect } from "./dialect";
import { levelsSql, type LevelsSqlSettings } from "./levels-sql";
import { promoKpisSql } from "./promo-kpis-sql";
import type { PromoSqlSources } from "./promo-product-ctes";
import { promoProductsSql } from "./promo-products-sql";
import { rfmSql, type RfmSqlSettings } from "./rfm-sql";
import { scoresSql, type ScoresSqlSettings } from "./scores-sql";
import type { SqlSource } from "./source";
import type { SqlStatement } from "./statement";
import { yoySql, type YoySqlSettings } from "./yoy-sql";

/** The analyses that have a SQL generator, in the order the command line lists them. */
export const SQL_ANALYSES = [
  "rfm",
  "levels",
  "scores",
  "cycle",
  "cohorts",
  "yoy",
  "bands",
  "promo",
  "promo-products",
  "churn-features",
] as const;

export type SqlAnalysis = (typeof SQL_ANALYSES)[number];

/** One analysis to generate, with its source and settings. */
export type SqlAnalysisRequest =
  | { readonly analysis: "rfm"; readonly source: SqlSource; readonly settings?: RfmSqlSettings }
  | { readonly analysis: "levels"; readonly source: SqlSource; readonly settings?: LevelsSqlSettings }
  | { readonly analysis: "scores"; readonly source: SqlSource; readonly settings?: ScoresSqlSettings }
  | { readonly analysis: "cycle"; readonly source: SqlSource }
  | { readonly analysis: "cohorts"; readonly source: SqlSource }
  | { readonly analysis: "yoy"; readonly source: SqlSource; readonly settings: YoySqlSettings }
  | { readonly analysis: "bands"; readonly source: SqlSource; readonly settings: BandsSqlSettings }
  | { readonly analysis: "promo"; readonly sources: PromoSqlSources }
  | { readonly analysis: "promo-products"; readonly sources: PromoSqlSources }
  | {
      readonly analysis: "churn-features";
      readonly source: SqlSource;
      readonly settings?: ChurnFeaturesSqlSettings;
    };

/**
 * The statement of one analysis in one dialect (see each generator for its definitions and columns).
 *
 * Cost: O(size of the statement).
 *
 * @throws CoreError MISSING_COLUMN, SQL_IDENTIFIER_INVALID and the codes of the generator
 * @example
 * import { cycleSql } from "./cycle-sql";
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date" } };
 * analysisSql("sqlite", { analysis: "cycle", source }).columns[0] // "member_count"
 * analysisSql("sqlite", { analysis: "cycle", source }).sql === cycleSql("sqlite", source).sql // true
 */
export function analysisSql(dialect: SqlDialect, request: SqlAnalysisRequest): SqlStatement {
  switch (request.analysis) {
    case "rfm":
      return rfmSql(dialect, request.source, request.settings);
    case "levels":
      return levelsSql(dialect, request.source, request.settings);
    case "scores":
      return scoresSql(dialect, request.source, request.settings);
    case "cycle":
      return cycleSql(dialect, request.source);
    case "cohorts":
      return cohortsSql(dialect, request.source);
    case "yoy":
      return yoySql(dialect, request.source, request.settings);
    case "bands":
      return bandsSql(dialect, request.source, request.settings);
    case "promo":
      return promoKpisSql(dialect, request.sources);
    case "promo-products":
      return promoProductsSql(dialect, request.sources);
    case "churn-features":
      return churnFeaturesSql(dialect, request.source, request.settings);
  }
}

/**
 * True when `name` is one of {@link SQL_ANALYSES}.
 *
 * @example isSqlAnalysis("cycle") // true
 */
export function isSqlAnalysis(name: string): name is SqlAnalysis {
  return (SQL_ANALYSES as readonly string[]).includes(name);
}
