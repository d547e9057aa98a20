import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import type { ReportCell, ReportColumn, ReportTable } from "./types";

/** Cluster centres in the space the clustering ran in (levels, standardised values …), row-major k × features. */
export interface ClusterCentres {
  readonly values: Float64Array;
  /** Already localised feature names, one per column ("Order-count level", "z(amount)"). */
  readonly featureNames: readonly string[];
}

/**
 * Cluster centres in original units ("segments.centroids"): per cluster (1-based) its members, share and mean
 * days since last order, orders and amount (means of the members' own values, so they are in days, orders and
 * currency whatever the clustering ran on), then the clustering's own centre coordinates when given.
 *
 * Cost: O(n + k × features).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, CLUSTER_LABEL_INVALID, CENTRES_SHAPE_INVALID
 * @example
 * import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b", "c"], recencyDays: [3, 5, 200], frequency: [7, 5, 1],
 *   monetary: [8000, 6000, 90] });
 * clusterCentroidsTable("en", members, Int32Array.of(0, 0, 1)).rows
 * // [[1, 2, 0.6667, 4, 6, 7000], [2, 1, 0.3333, 200, 1, 90]] (cluster, members, share, then the means)
 */
export function clusterCentroidsTable(
  locale: Locale,
  members: Pick<MemberRfm, "recencyDays" | "frequency" | "monetary">,
  clusterLabels: ArrayLike<number>,
  centres?: ClusterCentres,
): ReportTable {
  const count = members.frequency.length;
  if (clusterLabels.length !== count) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `${clusterLabels.length} segment labels for ${count} members: one per member is needed`,
    );
  }
  let clusterCount = 0;
  for (let index = 0; index < count; index++) {
    const cluster = clusterLabels[index] as number;
    if (!Number.isInteger(cluster) || cluster < 0) {
      throw new CoreError(
        "CLUSTER_LABEL_INVALID",
        `Segment label ${cluster} is not a whole number ≥ 0 (member ${index + 1})`,
      );
    }
    clusterCount = Math.max(clusterCount, cluster + 1);
  }
  const featureCount = centres?.featureNames.length ?? 0;
  if (centres !== undefined) {
    if (
      featureCount === 0 ||
      centres.values.length % featureCount !== 0 ||
      centres.values.length / featureCount < clusterCount
    ) {
      throw new CoreError(
        "CENTRES_SHAPE_INVALID",
        `${centres.values.length} centre values do not make ${clusterCount} rows of ${featureCount} measures`,
      );
    }
    clusterCount = centres.values.length / featureCount;
  }
  const sums = new Float64Array(clusterCount * 4);
  for (let index = 0; index < count; index++) {
    const base = (clusterLabels[index] as number) * 4;
    sums[base] = (sums[base] as number) + 1;
    sums[base + 1] = (sums[base + 1] as number) + (members.recencyDays[index] as number);
    sums[base + 2] = (sums[base + 2] as number) + (members.frequency[index] as number);
    sums[base + 3] = (sums[base + 3] as number) + (members.monetary[index] as number);
  }
  const rows: ReportCell[][] = [];
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const size = sums[cluster * 4] as number;
    const mean = (offset: number): ReportCell =>
      size === 0 ? null : (sums[cluster * 4 + offset] as number) / size;
    const row: ReportCell[] = [
      cluster + 1,
      size,
      count === 0 ? null : size / count,
      mean(1),
      mean(2),
      mean(3),
    ];
    for (let feature = 0; feature < featureCount; feature++)
      row.push(centres?.values[cluster * featureCount + feature] ?? null);
    rows.push(row);
  }
  const text = (key: Parameters<typeof rfmMessages>[1]) => rfmMessages(locale, key);
  const columns: ReportColumn[] = [
    { key: "cluster", header: text("report.header.cluster"), numberFormat: "0" },
    { key: "members", header: text("report.header.members"), numberFormat: "#,##0" },
    { key: "memberShare", header: text("report.header.memberShare"), numberFormat: "0.0%" },
    { key: "avgRecencyDays", header: text("report.header.avgRecencyDays"), numberFormat: "#,##0.0" },
    { key: "avgFrequency", header: text("report.header.avgFrequency"), numberFormat: "#,##0.00" },
    { key: "avgMonetary", header: text("report.header.avgMonetary"), numberFormat: "#,##0.00" },
    ...(centres?.featureNames ?? []).map((feature, index) => ({
      key: `centre${index + 1}`,
      header: rfmMessages(locale, "report.header.centre", { feature }),
      numberFormat: "0.000",
    })),
  ];
  return {
    id: "segments.centroids",
    title: text("report.centroids.title"),
    columns,
    rows,
    notes: [text("report.note.clusterNumbers")],
  };
}
