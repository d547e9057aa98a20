import type { Locale } from "../../src/i18n/locale";
import { kmeansSheetText } from "../../src/i18n/messages/kmeans";
import { CUSTOMER_TYPES, type CustomerType } from "../../src/rfm";
import type { SkippedRowCounts } from "../../src/rfm/member-rfm";
import { serialDayToIsoDate } from "../../src/table/excel-serial";
import { customerTypeText } from "../../src/report/segment-text";
import type { ResultSheet } from "../../src/report/types";
import type { AnalysisRun } from "../../src/analysis/context";
import type { SegmentAnalysisResult, SegmentAnalysisSettings } from "../../src/analysis/segment";
import type { ClusterSummary } from "../../src/segment";
import type { RunInput } from "./analysis-input";
import { clusterCliText } from "./cluster-cli-text";
import { sheetsText } from "./sheet-text";

/** What `segment` ran; the renderers below turn it into JSON, text and the pane's sheets. */
export interface SegmentCliResult {
  readonly input: RunInput;
  readonly settings: SegmentAnalysisSettings & {
    readonly scoring: "study" | "quantile";
    readonly seed: number;
    readonly restarts: number;
  };
  readonly run: AnalysisRun<SegmentAnalysisResult>;
}

export interface SegmentJson {
  /** null when a per-member table gave recency days without a date. */
  readonly asOf: string | null;
  /** "memberTable": the table's recency days, as given. */
  readonly asOfSource: "given" | "dayAfterLatestOrder" | "memberTable";
  readonly scoring: "study" | "quantile";
  readonly seed: number;
  readonly restarts: number;
  readonly rows: { readonly read: number; readonly used: number; readonly skipped: SkippedRowCounts };
  readonly k: number;
  readonly kSource: "recommended" | "given";
  /** The k at the Kneedle elbow of the sweep, or null. */
  readonly knee: number | null;
  readonly elbow: readonly {
    readonly k: number;
    readonly inertia: number;
    readonly inertiaDrop: number | null;
    readonly silhouette: number | null;
    readonly calinskiHarabasz: number | null;
    readonly daviesBouldin: number | null;
  }[];
  readonly recommendation: {
    readonly recommendedK: number;
    readonly summary: string;
    readonly reasons: readonly string[];
    readonly warning: string | null;
  };
  /** Clusters 1..k: members, the customer type of the larger recency group, and mean orders, amount and recency. */
  readonly clusters: readonly ClusterSummary[];
  /** Per member: cluster (1-based) and the customer type of its cluster × recency group (type = stable key). */
  readonly members: readonly {
    readonly memberId: string | number;
    readonly cluster: number;
    readonly label: string;
    readonly type: CustomerType;
  }[];
}

/** The --json document. */
export function segmentJson({ run, settings, input }: SegmentCliResult): SegmentJson {
  const { sweep, assignment, kSource, readRowCount } = run.result;
  const { members } = sweep;
  const { locale } = input.context;
  return {
    asOf: members.asOfSerial === null ? null : serialDayToIsoDate(members.asOfSerial),
    asOfSource: members.asOfSource,
    scoring: settings.scoring,
    seed: settings.seed,
    restarts: settings.restarts,
    rows: { read: readRowCount, used: members.usedRowCount, skipped: members.skippedRows },
    k: assignment.k,
    kSource,
    knee: sweep.sweep.knee?.x ?? null,
    elbow: sweep.sweep.runs.map(
      ({ k, inertia, inertiaDrop, silhouette, calinskiHarabasz, daviesBouldin }) => ({
        k,
        inertia,
        inertiaDrop,
        silhouette,
        calinskiHarabasz,
        daviesBouldin,
      }),
    ),
    recommendation: { recommendedK: sweep.recommendation.recommendedK, ...sweep.recommendationText },
    clusters: assignment.clusters,
    members: members.memberIds.map((memberId, index) => {
      const type = CUSTOMER_TYPES[assignment.groups.memberCodes[index] as number] as CustomerType;
      return {
        memberId,
        cluster: (assignment.result.labels[index] as number) + 1,
        label: customerTypeText(locale, type, "label"),
        type,
      };
    }),
  };
}

/** The task pane's sheets: Segments, Members, Elbow. */
export function segmentSheets({ run }: SegmentCliResult): readonly ResultSheet[] {
  return run.sheets();
}

/** Tables shown in the terminal; the per-member table, the scatter points and the distribution are in --out. */
const TEXT_TABLES = new Set(["segments.summary", "segments.centroids", "segments.elbow"]);

/** Text output: members and rows used, why this k, the recommendation, then the segment, centre and elbow tables. */
export function segmentText({ run, input, settings }: SegmentCliResult, locale: Locale): string {
  const { sweep, assignment, kSource, readRowCount } = run.result;
  const text = sweep.recommendationText;
  const shown = run.sheets().map((sheet) => ({
    ...sheet,
    tables: sheet.tables.filter((table) => TEXT_TABLES.has(table.id)),
  }));
  return sheetsText(shown, [
    input.loaded.inputAddress,
    `  ${clusterCliText(locale, "members", {
      members: sweep.members.memberIds.length,
      used: sweep.members.usedRowCount,
      read: readRowCount,
      scoring: settings.scoring,
    })}`,
    `  ${kmeansSheetText(locale, "settings", { restarts: settings.restarts, seed: settings.seed })}`,
    "",
    clusterCliText(locale, kSource === "given" ? "kGiven" : "kRecommended", { k: assignment.k }),
    `  ${text.summary}`,
    ...text.reasons.map((reason) => `  ${reason}`),
    ...(text.warning === null ? [] : [`  ${text.warning}`]),
  ]);
}
