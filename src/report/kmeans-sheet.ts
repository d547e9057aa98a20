import type { KMeansAnalysisResult, KMeansAssignment } from "../analysis/kmeans";
import type { RecommendationText } from "../cluster";
import type { Locale } from "../i18n/locale";
import { clusterMessages } from "../i18n/messages/cluster";
import { kmeansSheetText } from "../i18n/messages/kmeans";
import { rfmMessages } from "../i18n/messages/rfm";
import { elbowChartSpec, elbowTable } from "./segments";
import type { ReportColumn, ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * The "Elbow" sheet of a k-means run on a numeric table: the elbow table with the quality scores and the
 * iterations, the columns, rows and settings and the recommendation as notes, its line chart, and with a
 * single k the centres table.
 *
 * Cost: O(k × columns).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * import { kmeansPoints } from "../analysis/kmeans-points";
 * import { kmeansAnalysis } from "../analysis/kmeans";
 * kmeansSheet(kmeansAnalysis(kmeansPoints(tableFromGrid({ values: [["x"], [0], [1], [10], [11]] }), { grid: { values: [] } }), { kMax: 3 }, { locale: "en", runRecord: { inputAddress: "x.csv", rowCount: 4, parameters: {}, engineVersion: "test", timestampIso: "" } }).result, "en", { inputAddress: "x.csv", rowCount: 4, parameters: {}, engineVersion: "test", timestampIso: "" }).tables[0]?.columns[3]?.header // "Silhouette (higher is better)"
 */
export function kmeansSheet(result: KMeansAnalysisResult, locale: Locale, runRecord: RunRecord): ResultSheet {
  const { sweep, recommendation, assignment } = result;
  const base = elbowTable(locale, {
    ks: sweep.runs.map((run) => run.k),
    inertias: sweep.runs.map((run) => run.inertia),
    kneeK: sweep.knee?.x ?? null,
  });
  const c = (key: Parameters<typeof clusterMessages>[1]): string => clusterMessages(locale, key);
  const quality: ReportColumn[] = [
    { key: "silhouette", header: c("silhouetteHeader"), numberFormat: "0.000" },
    { key: "calinskiHarabasz", header: c("calinskiHarabaszHeader"), numberFormat: "#,##0.00" },
    { key: "daviesBouldin", header: c("daviesBouldinHeader"), numberFormat: "0.000" },
    { key: "iterations", header: c("iterationsHeader"), numberFormat: "0" },
  ];
  const elbow: ReportTable = {
    ...base,
    columns: [...base.columns.slice(0, 3), ...quality, ...base.columns.slice(3)],
    rows: base.rows.map((row, index) => {
      const run = sweep.runs[index];
      return [
        ...row.slice(0, 3),
        run?.silhouette ?? null,
        run?.calinskiHarabasz ?? null,
        run?.daviesBouldin ?? null,
        run?.iterations ?? null,
        ...row.slice(3),
      ];
    }),
    notes: [
      ...(base.notes ?? []),
      ...inputNotes(result, locale),
      ...recommendationNotes(recommendation?.text ?? null),
    ],
  };
  return {
    baseName: rfmMessages(locale, "report.sheet.elbow"),
    tables: assignment === null ? [elbow] : [elbow, centresTable(result, assignment, locale)],
    charts: [elbowChartSpec(locale)],
    runRecord,
  };
}

function inputNotes({ points, settings, sweep }: KMeansAnalysisResult, locale: Locale): string[] {
  const t = kmeansSheetText;
  const notes = [
    t(locale, "columns", { columns: points.columns.join(", ") }),
    t(locale, "rowsUsed", {
      used: points.matrix.rows,
      read: points.readRowCount,
      blank: points.skipped.blankCell,
      nonNumeric: points.skipped.nonNumericCell,
    }),
    t(locale, settings.standardize ? "standardized" : "notStandardized"),
    t(locale, "settings", { restarts: settings.restarts, seed: settings.seed }),
  ];
  if (sweep.kMaxClamped) notes.push(clusterMessages(locale, "kMaxClamped", { distinct: sweep.kMax }));
  for (const column of sweep.constantColumns)
    notes.push(clusterMessages(locale, "constantColumn", { column: points.columns[column] ?? column + 1 }));
  if (sweep.silhouetteSampleRows !== null)
    notes.push(
      clusterMessages(locale, "silhouetteSampled", { rows: sweep.silhouetteSampleRows, seed: settings.seed }),
    );
  return notes;
}

function recommendationNotes(text: RecommendationText | null): string[] {
  if (text === null) return [];
  return [text.summary, ...text.reasons, ...(text.warning === null ? [] : [text.warning])];
}

/** With a single k: each cluster's size and centre in the units of the table. */
function centresTable(
  { points }: KMeansAnalysisResult,
  assignment: KMeansAssignment,
  locale: Locale,
): ReportTable {
  const r = (key: Parameters<typeof rfmMessages>[1], values?: Record<string, string>): string =>
    rfmMessages(locale, key, values);
  return {
    id: "kmeans.centres",
    title: kmeansSheetText(locale, "centresTitle", { k: assignment.k }),
    columns: [
      { key: "cluster", header: r("report.header.cluster"), numberFormat: "0" },
      { key: "members", header: r("report.header.members"), numberFormat: "#,##0" },
      ...points.columns.map((name, index) => ({
        key: `centre${index}`,
        header: r("report.header.centre", { feature: name }),
        numberFormat: "#,##0.00",
      })),
    ],
    rows: assignment.centroids.map((centre, cluster) => [
      cluster + 1,
      assignment.sizes[cluster] as number,
      ...centre,
    ]),
    notes: [r("report.note.clusterNumbers")],
  };
}
