import type { AnalysisRun } from "../../src/analysis/context";
import type { RfmCountBy, RfmResult } from "../../src/analysis/rfm";
import type { Locale } from "../../src/i18n/locale";
import type { SkippedRowCounts } from "../../src/rfm/member-rfm";
import { RFM_SEGMENTS, type RfmSegment } from "../../src/rfm/rfm-segment";
import { serialDayToIsoDate } from "../../src/table/excel-serial";
import { excelPrecision as tidy } from "../../src/report/rfm";
import { rfmSegmentText } from "../../src/report/segment-text";
import { rfmCliText } from "./rfm-text";
import { sheetsText } from "./sheet-text";

export interface RfmJson {
  /** "yyyy-mm-dd" recency is counted to; null when a per-member table gave recency days without a date. */
  readonly asOf: string | null;
  /** "memberTable": the table's recency days, as given. */
  readonly asOfSource: "given" | "dayAfterLatestOrder" | "memberTable";
  readonly countBy: RfmCountBy | "orderCount";
  readonly scoring: {
    readonly bins: number;
    readonly edgeRule: "rfmPackage";
    /** Ascending edges: reaching one is a score up (recency: a score down, fewer days score higher). */
    readonly recencyEdges: readonly number[];
    readonly frequencyEdges: readonly number[];
    readonly monetaryEdges: readonly number[];
  };
  readonly rows: { readonly read: number; readonly used: number; readonly skipped: SkippedRowCounts };
  readonly members: readonly {
    readonly memberId: string | number;
    readonly recencyDays: number;
    readonly frequency: number;
    readonly monetary: number;
    readonly recencyScore: number;
    readonly frequencyScore: number;
    readonly monetaryScore: number;
    /** Stable segment key, e.g. "potentialLoyalist"; segmentLabel is its name in --locale. */
    readonly segment: RfmSegment;
    readonly segmentLabel: string;
  }[];
}

/** The --json document. */
export function rfmJson(result: RfmResult, locale: Locale): RfmJson {
  const { members, scores, segmentCodes, countBy } = result;
  return {
    asOf: members.asOfSerial === null ? null : serialDayToIsoDate(members.asOfSerial),
    asOfSource: members.asOfSource,
    countBy,
    scoring: {
      bins: scores.recency.binCount,
      edgeRule: "rfmPackage",
      recencyEdges: scores.recency.edges.map(tidy),
      frequencyEdges: scores.frequency.edges.map(tidy),
      monetaryEdges: scores.monetary.edges.map(tidy),
    },
    rows: { read: result.readRowCount, used: members.usedRowCount, skipped: members.skippedRows },
    members: members.memberIds.map((memberId, index) => {
      const segment = RFM_SEGMENTS[segmentCodes[index] as number] as RfmSegment;
      return {
        memberId,
        recencyDays: members.recencyDays[index] as number,
        frequency: members.frequency[index] as number,
        monetary: tidy(members.monetary[index] as number),
        recencyScore: scores.recency.scores[index] as number,
        frequencyScore: scores.frequency.scores[index] as number,
        monetaryScore: scores.monetary.scores[index] as number,
        segment,
        segmentLabel: rfmSegmentText(locale, segment, "label"),
      };
    }),
  };
}

/** Text output: rows used, how orders were counted, the score edges, members per segment, the Members table. */
export function rfmText(run: AnalysisRun<RfmResult>, inputAddress: string, locale: Locale): string {
  const { scores, members, countBy } = run.result;
  const membersSheet = run.sheets()[1];
  const edges = (label: string, values: readonly number[]) => `  ${label}: ${values.map(tidy).join(", ")}`;
  const rowCounts = {
    members: members.memberIds.length,
    used: members.usedRowCount,
    read: run.result.readRowCount,
  };
  return sheetsText(membersSheet === undefined ? [] : [membersSheet], [
    inputAddress,
    `  ${rfmCliText(locale, "rowsUsed", rowCounts)}`,
    `  ${rfmCliText(locale, `countBy.${countBy}`)}`,
    rfmCliText(locale, "edges"),
    edges("R", scores.recency.edges),
    edges("F", scores.frequency.edges),
    edges("M", scores.monetary.edges),
    "",
    rfmCliText(locale, "segmentCounts"),
    ...run.result.segmentCounts.map(
      ({ segment, members }) => `  ${rfmSegmentText(locale, segment, "label")}: ${members}`,
    ),
  ]);
}
