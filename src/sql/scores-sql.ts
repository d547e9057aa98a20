import { CoreError } from "../errors";
import type { QuantileEdgeRule } from "../rfm/quantile-scores";
import type { SqlDialect } from "./dialect";
import { percentileNote, quantileCtes } from "./percentile";
import { rfmMemberCtes, RFM_SQL_COLUMNS, type RfmSqlSettings } from "./rfm-sql";
import type { SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

export interface ScoresSqlSettings extends RfmSqlSettings {
  /** Scores per dimension, 2..100. @default 5 */
  readonly binCount?: number;
  /** @default "rfmPackage" (edge = quantile + 1, as R's rfm package) */
  readonly edgeRule?: QuantileEdgeRule;
}

/** The columns of {@link scoresSql}'s result: R/F/M and the three scores. */
export const SCORES_SQL_COLUMNS = [
  ...RFM_SQL_COLUMNS,
  "recency_score",
  "frequency_score",
  "monetary_score",
] as const;

const DIMENSIONS = [
  { column: "recency_days", score: "recency_score", prefix: "recency", higherIsBetter: false },
  { column: "frequency", score: "frequency_score", prefix: "frequency", higherIsBetter: true },
  { column: "monetary", score: "monetary_score", prefix: "monetary", higherIsBetter: true },
] as const;

/**
 * R/F/M with quantile scores 1..bins, the core's rfmQuantileScores (R rfm's rfm_table_order): edges = type-7
 * quantiles of the members' values at 1/bins … (bins−1)/bins, plus one under the "rfmPackage" rule; a value
 * scores 1 + the number of edges at or below it, recency reversed (bins − that number).
 *
 * Cost: as rfmSql plus three sorts of the members.
 *
 * @throws CoreError BIN_COUNT_INVALID and rfmSql's codes
 * @example
 * const source = { table: "orders", columns: { memberId: "customer_id", orderDate: "order_date", amount: "revenue" } };
 * scoresSql("postgres", source).columns
 * // ["member_id", "recency_days", "frequency", "monetary", "recency_score", "frequency_score", "monetary_score"]
 * scoresSql("postgres", source, { binCount: 1 }) // throws CoreError BIN_COUNT_INVALID (2 to 100 bins)
 */
export function scoresSql(
  dialect: SqlDialect,
  source: SqlSource,
  settings: ScoresSqlSettings = {},
): SqlStatement {
  const binCount = settings.binCount ?? 5;
  const edgeRule = settings.edgeRule ?? "rfmPackage";
  if (!Number.isInteger(binCount) || binCount < 2 || binCount > 100) {
    throw new CoreError(
      "BIN_COUNT_INVALID",
      `The number of score bins must be a whole number from 2 to 100 (got ${binCount})`,
      {
        argument: "binCount",
        value: binCount,
        bound: 100,
      },
    );
  }
  const { ctes, notes } = rfmMemberCtes(dialect, source, settings, "scores");
  const edgeNumbers = Array.from({ length: binCount - 1 }, (_, index) => index + 1);
  const quantiles: SqlCte[] = DIMENSIONS.flatMap((dimension) =>
    quantileCtes(
      dialect,
      `${dimension.prefix}_quantiles`,
      "member_rfm",
      dimension.column,
      edgeNumbers.map((edge) => ({ alias: `q${edge}`, probability: edge / binCount })),
    ),
  );
  const plusOne = edgeRule === "rfmPackage" ? " + 1" : "";
  const score = (dimension: (typeof DIMENSIONS)[number]): string => {
    const atOrBelow = edgeNumbers
      .map(
        (edge) =>
          `CASE WHEN member_rfm.${dimension.column} >= ${dimension.prefix}_quantiles.q${edge}${plusOne} THEN 1 ELSE 0 END`,
      )
      .join("\n    + ");
    return dimension.higherIsBetter ? `1 + ${atOrBelow}` : `${binCount} - (${atOrBelow})`;
  };
  const select = [
    "SELECT",
    `  ${RFM_SQL_COLUMNS.map((column) => `member_rfm.${column}`).join(", ")},`,
    ...DIMENSIONS.map(
      (dimension, index) =>
        `  ${score(dimension)} AS ${dimension.score}${index < DIMENSIONS.length - 1 ? "," : ""}`,
    ),
    "FROM member_rfm",
    ...DIMENSIONS.map((dimension) => `CROSS JOIN ${dimension.prefix}_quantiles`),
    "ORDER BY member_rfm.member_id",
  ].join("\n");
  const scoreNotes = [
    ...notes,
    `Scores 1-${binCount}: edges = type-7 quantiles (Excel PERCENTILE.INC) at k/${binCount}${plusOne === "" ? "" : " plus one (R rfm)"};`,
    "a value scores 1 + the edges at or below it; recency is reversed (fewer days, higher score).",
    percentileNote(dialect),
  ];
  return {
    dialect,
    sql: composeStatement(dialect, scoreNotes, [...ctes, ...quantiles], select),
    columns: SCORES_SQL_COLUMNS,
  };
}
