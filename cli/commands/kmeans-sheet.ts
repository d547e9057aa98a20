import type { KMeansResult, RecommendationText } from "../../src/cluster";
import type { Locale } from "../../src/i18n/locale";
import { clusterMessages } from "../../src/i18n/messages/cluster";
import { rfmMessages } from "../../src/i18n/messages/rfm";
import { elbowChartSpec, elbowTable } from "../../src/report/segments";
import type { ReportColumn, ReportTable, ResultSheet } from "../../src/report/types";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { clusterCliText } from "./cluster-cli-text";
import type { KMeansCliResult } from "./kmeans-json";
import { sheetsText } from "./sheet-text";

/** The "Elbow" sheet: the elbow table with the quality scores, the recommendation as notes, and its line chart. */
export function kmeansSheets(result: KMeansCliResult, locale: Locale): ResultSheet[] {
  const { input, sweep, settings, recommendation, single } = result;
  const runRecord = cliRunRecord(
    input.loaded.inputAddress,
    input.loaded.table.rowCount,
    {
      ...parametersFromFlags(result.flags),
      columns: input.columns.join(", "),
      standardize: settings.standardize,
      restarts: settings.restarts,
    },
    settings.seed,
  );
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
  const tables = single === null ? [elbow] : [elbow, centresTable(result, single, locale)];
  return [
    {
      baseName: rfmMessages(locale, "report.sheet.elbow"),
      tables,
      charts: [elbowChartSpec(locale)],
      runRecord,
    },
  ];
}

function inputNotes({ input, settings, sweep }: KMeansCliResult, locale: Locale): string[] {
  const t = clusterCliText;
  const notes = [
    t(locale, "columns", { columns: input.columns.join(", ") }),
    t(locale, "rowsUsed", {
      used: input.matrix.rows,
      read: input.loaded.table.rowCount,
      blank: input.skipped.blankCell,
      nonNumeric: input.skipped.nonNumericCell,
    }),
    t(locale, settings.standardize ? "standardized" : "notStandardized"),
    t(locale, "settings", { restarts: settings.restarts, seed: settings.seed }),
  ];
  if (sweep.kMaxClamped) notes.push(clusterMessages(locale, "kMaxClamped", { distinct: sweep.kMax }));
  for (const column of sweep.constantColumns)
    notes.push(clusterMessages(locale, "constantColumn", { column: input.columns[column] ?? column + 1 }));
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

/** With a single k: each cluster's size and centre in the units of the file. */
function centresTable({ input }: KMeansCliResult, single: KMeansResult, locale: Locale): ReportTable {
  const r = (key: Parameters<typeof rfmMessages>[1], values?: Record<string, string>): string =>
    rfmMessages(locale, key, values);
  const columns = input.columns.length;
  return {
    id: "kmeans.centres",
    title: clusterCliText(locale, "centresTitle", { k: single.k }),
    columns: [
      { key: "cluster", header: r("report.header.cluster"), numberFormat: "0" },
      { key: "members", header: r("report.header.members"), numberFormat: "#,##0" },
      ...input.columns.map((name, index) => ({
        key: `centre${index}`,
        header: r("report.header.centre", { feature: name }),
        numberFormat: "#,##0.00",
      })),
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
  if (ignored.length > 0)
    firstLines.push(
      `  ${clusterCliText(locale, "ignored", { columns: ignored.map((column) => column.name).join(", ") })}`,
    );
  return sheetsText(kmeansSheets(result, locale), firstLines);
}
