import { bandsOf, type Band, type BandClosed } from "../promo/band-cut";
import type { SqlDialect } from "./dialect";
import { asDouble } from "./numeric";
import { doubleLiteral, quoteString } from "./quote-literal";
import { quoteIdentifier } from "./quote-identifier";
import { tableReference, type SqlSource } from "./source";
import { composeStatement, type SqlCte, type SqlStatement } from "./statement";

export interface BandsSqlSettings {
  /** The numeric column cut into bands, by name. */
  readonly by: string;
  /** Ascending band edges (pandas.cut bins). */
  readonly edges: readonly number[];
  /** Numeric columns summed per band, by name; each becomes a result column of the same name. @default [] */
  readonly sum?: readonly string[];
  /** @default "right" */
  readonly closed?: BandClosed;
}

/**
 * Any numeric column cut into bands as one SQL statement, the core's bandRows with pandas.cut's rules (1.5.3
 * `_bins_to_cuts`): right-closed (a, b] with the lowest edge included ([0, 200]), or left-closed [a, b); one row
 * per band in edge order with its label, edges, row count and the sum of each summed column (blank cells
 * skipped; an empty band has 0 rows and 0 sums), then the rows "below", "above" and "missing" (no value),
 * always present, so no row is dropped. Values are compared in double precision, as the core does.
 *
 * Cost: one scan.
 *
 * @throws CoreError BAND_EDGES_TOO_FEW, BAND_EDGE_NOT_FINITE, BAND_EDGES_DUPLICATE, BAND_EDGES_NOT_ASCENDING,
 *   SQL_IDENTIFIER_INVALID
 * @example bandsSql("duckdb", { table: "products", columns: {} }, { by: "Sale Price", edges: [0, 200, 400] }).columns
 * // ["band", "lower_edge", "upper_edge", "row_count"]
 */
export function bandsSql(dialect: SqlDialect, source: SqlSource, settings: BandsSqlSettings): SqlStatement {
  const closed = settings.closed ?? "right";
  const bands = bandsOf(settings.edges, { closed });
  const sums = settings.sum ?? [];
  const by = quoteIdentifier(dialect, settings.by);
  const sumColumns = sums.map((name, index) => ({
    name,
    quoted: quoteIdentifier(dialect, name),
    alias: `sum_${index + 1}`,
  }));
  const labelled: SqlCte = {
    name: "banded_rows",
    body: [
      "SELECT",
      [
        `  ${bandIndexCase(dialect, "band_value", settings.edges, closed)} AS band_index`,
        ...sumColumns.map((column) => `  ${column.alias}`),
      ].join(",\n"),
      `FROM (SELECT ${[`${asDouble(dialect, by)} AS band_value`, ...sumColumns.map((column) => `${column.quoted} AS ${column.alias}`)].join(", ")} FROM ${tableReference(dialect, source)}) source_rows`,
    ].join("\n"),
  };
  const bandList: SqlCte = {
    name: "band_list",
    body: [
      ...bands.map((band) => bandRow(dialect, band)),
      ...OUTSIDE.map((outside, index) => outsideRow(dialect, outside, bands.length + index)),
    ].join("\nUNION ALL\n"),
  };
  const select = [
    "SELECT",
    [
      "  band_list.band",
      "  band_list.lower_edge",
      "  band_list.upper_edge",
      "  COUNT(banded_rows.band_index) AS row_count",
      ...sumColumns.map((column) => `  COALESCE(SUM(banded_rows.${column.alias}), 0) AS ${column.quoted}`),
    ].join(",\n"),
    "FROM band_list",
    "LEFT JOIN banded_rows ON banded_rows.band_index = band_list.band_index",
    "GROUP BY band_list.band_index, band_list.band, band_list.lower_edge, band_list.upper_edge",
    "ORDER BY band_list.band_index",
  ].join("\n");
  const notes = [
    `Bands (pandas.cut, ${closed === "right" ? "right-closed (a, b], lowest edge included" : "left-closed [a, b)"}): rows and sums per band,`,
    "then the rows below the first edge, above the last and without a value.",
  ];
  return {
    dialect,
    sql: composeStatement(dialect, notes, [labelled, bandList], select),
    columns: ["band", "lower_edge", "upper_edge", "row_count", ...sums],
  };
}

const OUTSIDE = ["below", "above", "missing"] as const;

/**
 * The band index of a value: 0 … bands − 1, then bands (below), bands + 1 (above), bands + 2 (missing): the
 * order of the result rows. Right-closed: below when < first edge, the first band at the first edge, then
 * ≤ each upper edge; left-closed: < each upper edge, so the last edge itself is above (pandas).
 */
function bandIndexCase(
  dialect: SqlDialect,
  value: string,
  edges: readonly number[],
  closed: BandClosed,
): string {
  const bandCount = edges.length - 1;
  const edge = (index: number): string => doubleLiteral(dialect, edges[index] as number);
  const cases = [
    `WHEN ${value} IS NULL THEN ${bandCount + 2}`,
    `WHEN ${value} < ${edge(0)} THEN ${bandCount}`,
  ];
  if (closed === "right") cases.push(`WHEN ${value} = ${edge(0)} THEN 0`);
  for (let band = 0; band < bandCount; band++) {
    cases.push(`WHEN ${value} ${closed === "right" ? "<=" : "<"} ${edge(band + 1)} THEN ${band}`);
  }
  return `CASE ${cases.join(" ")} ELSE ${bandCount + 1} END`;
}

function bandRow(dialect: SqlDialect, band: Band): string {
  return `SELECT ${band.index} AS band_index, ${quoteString(dialect, band.label)} AS band, ${doubleLiteral(dialect, band.lower)} AS lower_edge, ${doubleLiteral(dialect, band.upper)} AS upper_edge`;
}

function outsideRow(dialect: SqlDialect, kind: (typeof OUTSIDE)[number], index: number): string {
  const nothing = asDouble(dialect, "NULL");
  return `SELECT ${index} AS band_index, ${quoteString(dialect, kind)} AS band, ${nothing} AS lower_edge, ${nothing} AS upper_edge`;
}
