import type { ElbowSweepResult, KMeansResult, KRecommendation, RecommendationText } from "../../src/cluster";
import type { Locale } from "../../src/i18n/locale";
import { elbowChartSpec, elbowTable } from "../../src/report/segments";
import type { ReportColumn, ReportTable, ResultSheet } from "../../src/report/types";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { clusterCliText } from "./cluster-cli-text";
import type { KMeansInput, SkippedCells, SkippedExample } from "./kmeans-input";
import { clusterMessages } from "../../src/i18n/messages/cluster";
import { rfmMessages } from "../../src/i18n/messages/rfm";
import { sheetsText } from "./sheet-text";

/** What `kmeans` computed; the renderers below turn it into JSON, text and the elbow sheet. */
export interface KMeansCliResult {
  readonly input: KMeansInput;
  readonly settings: { readonly seed: number; readonly restarts: number; readonly standardize: boolean };
  readonly sweep: ElbowSweepResult;
  /** Null when no criterion could vote (a single k = 1, or too few rows for quality scores). */
  readonly recommendation: { readonly votes: KRecommendation; readonly text: RecommendationText } | null;
  /** The clustering at k when --k named a single k, else null. */
  readonly single: KMeansResult | null;
  readonly flags: Readonly<Record<string, unknown>>;
}

export interface KMeansJson {
  readonly columns: readonly string[];
  readonly ignoredColumns: KMeansInput["ignoredColumns"];
  readonly rows: { readonly read: number; readonly used: number; readonly skipped: SkippedCells; readonly skippedExamples: readonly SkippedExample[] };
  readonly standardize: boolean;
  readonly seed: number;
  readonly restarts: number;
  readonly kMin: number;
  readonly kMax: number;
  /** True when --k went past the number of distinct rows and was lowered to it. */
  readonly kMaxClamped: boolean;
  readonly constantColumns: readonly string[];
  readonly runs: readonly {
    readonly k: number;
    readonly inertia: number;
    readonly inertiaDrop: number | null;
    readonly iterations: number;
    readonly converged: boolean;
    readonly silhouette: number | null;
    readonly calinskiHarabasz: number | null;
    readonly daviesBouldin: number | null;
  }[];
  /** The k at the Kneedle elbow, or null. */
  readonly knee: number | null;
  /** Mean silhouette per run (same order as runs); null at k = 1 and where undefined. */
  readonly silhouette: readonly (number | null)[];
  readonly silhouetteSampled: boolean;
  readonly recommendedK: number | null;
  readonly recommendation: {
    readonly summary: string;
    readonly reasons: readonly string[];
    readonly warning: string | null;
    readonly votes: KRecommendation["votes"];
  } | null;
  /** With a single --k: cluster (1-based) per data row read (null where skipped), centres and sizes. */
  readonly assignment: {
    readonly k: number;
    readonly labels: readonly (number | null)[];
    readonly centroids: readonly (readonly number[])[];
    readonly sizes: readonly number[];
  } | null;
}

/** The --json document. */
export function kmeansJson(result: KMeansCliResult): KMeansJson {
  const { input, sweep, settings, recommendation, single } = result;
  return {
    columns: input.columns,
    ignoredColumns: input.ignoredColumns,
    rows: { read: input.loaded.table.rowCount, used: input.matrix.rows, skipped: input.skipped, skippedExamples: input.skippedExamples },
    ...settings,
    kMin: sweep.kMin,
    kMax: sweep.kMax,
    kMaxClamped: sweep.kMaxClamped,
    constantColumns: sweep.constantColumns.map((column) => input.columns[column] as string),
    runs: sweep.runs.map(({ k, inertia, inertiaDrop, iterations, converged, silhouette, calinskiHarabasz, daviesBouldin }) => ({
      k, inertia, inertiaDrop, iterations, converged, silhouette, calinskiHarabasz, daviesBouldin,
    })),
    knee: sweep.knee?.x ?? null,
    silhouette: sweep.runs.map((run) => run.silhouette),
    silhouetteSampled: sweep.silhouetteSampled,
    recommendedK: recommendation?.votes.recommendedK ?? null,
    recommendation: recommendation === null ? null : { ...recommendation.text, votes: recommendation.votes.votes },
    assignment: single === null ? null : assignmentJson(result, single),
  };
}

function assignmentJson(result: KMeansCliResult, single: KMeansResult): NonNullable<KMeansJson["assignment"]> {
  const labels = new Array<number | null>(result.input.loaded.table.rowCount).fill(null);
  result.input.usedRows.forEach((row, index) => (labels[row] = (single.labels[index] as number) + 1));
  const columns = result.input.columns.length;
  return {
    k: single.k,
    labels,
    centroids: Array.from({ length: single.k }, (_, cluster) => Array.from(single.centroids.subarray(cluster * columns, (cluster + 1) * columns))),
    sizes: Array.from(single.clusterWeights),
  };
}

/** The "Elbow" sheet: the elbow table with the quality scores, the recommendation as notes, and its line chart. */
export function kmeansSheets(result: KMeansCliResult, locale: Locale): ResultSheet[] {
  const { input, sweep, settings, recommendation, single } = result;
  const runRecord = cliRunRecord(
    input.loaded.inputAddress,
    input.loaded.table.rowCount,
    { ...parametersFromFlags(result.flags), columns: input.columns.join(", "), standardize: settings.standardize, restarts: settings.restarts },
    settings.seed,
  );
  const base = elbowTable(locale, { ks: sweep.runs.map((run) => run.k), inertias: sweep.runs.map((run) => run.inertia), kneeK: sweep.knee?.x ?? null });
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
      return [...row.slice(0, 3), run?.silhouette ?? null, run?.calinskiHarabasz ?? null, run?.daviesBouldin ?? null, run?.iterations ?? null, ...row.slice(3)];
    }),
    notes: [...(base.notes ?? []), ...inputNotes(result, locale), ...recommendationNotes(recommendation?.text ?? null)],
  };
  const tables = single === null ? [elbow] : [elbow, centresTable(result, single, locale)];
  return [{ baseName: rfmMessages(locale, "report.sheet.elbow"), tables, charts: [elbowChartSpec(locale)], runRecord }];
}

function inputNotes({ input, settings, sweep }: KMeansCliResult, locale: Locale): string[] {
  const t = clusterCliText;
  const notes = [
    t(locale, "columns", { columns: input.columns.join(", ") }),
    t(locale, "rowsUsed", { used: input.matrix.rows, read: input.loaded.table.rowCount, blank: input.skipped.blankCell, nonNumeric: input.skipped.nonNumericCell }),
    t(locale, settings.standardize ? "standardized" : "notStandardized"),
    t(locale, "settings", { restarts: settings.restarts, seed: settings.seed }),
  ];
  if (sweep.kMaxClamped) notes.push(clusterMessages(locale, "kMaxClamped", { distinct: sweep.kMax }));
  for (const column of sweep.constantColumns) notes.push(clusterMessages(locale, "constantColumn", { column: input.columns[column] ?? column + 1 }));
  if (sweep.silhouetteSampled) notes.push(clusterMessages(locale, "silhouetteSampled", { rows: 5000, seed: settings.seed }));
  return notes;
}

function recommendationNotes(text: RecommendationText | null): string[] {
  if (text === null) return [];
  return [text.summary, ...text.reasons, ...(text.warning === null ? [] : [text.warning])];
}

/** With a single k: each cluster's size and centre in the units of the file. */
function centresTable({ input }: KMeansCliResult, single: KMeansResult, locale: Locale): ReportTable {
  const r = (key: Parameters<typeof rfmMessages>[1], values?: Record<string, string>): string => rfmMessages(locale, key, values);
  const columns = input.columns.length;
  return {
    id: "kmeans.centres",
    title: clusterCliText(locale, "centresTitle", { k: single.k }),
    columns: [
      { key: "cluster", header: r("report.header.cluster"), numberFormat: "0" },
      { key: "members", header: r("report.header.members"), numberFormat: "#,##0" },
      ...input.columns.map((name, index) => ({ key: `centre${index}`, header: r("report.header.centre", { feature: name }), numberFormat: "#,##0.00" })),
    ],
    rows: Array.from({ length: single.k }, (_, cluster) => [
      cluster + 1,
      single.clusterWeights[cluster] as number,
      ...Array.from(single.centroids.subarray(cluster * columns, (cluster + 1) * columns)),
    ]),
    notes: [r("report.note.clusterNumbers")],
  };
}

/** Text output: the input file, then the elbow sheet's tables with their notes (columns, rows used, recommendation). */
export function kmeansText(result: KMeansCliResult, locale: Locale): string {
  const ignored = result.input.ignoredColumns;
  const firstLines = [result.input.loaded.inputAddress];
  if (ignored.length > 0) firstLines.push(`  ${clusterCliText(locale, "ignored", { columns: ignored.map((column) => column.name).join(", ") })}`);
  return sheetsText(kmeansSheets(result, locale), firstLines);
}
