import type { Locale } from "../../src/i18n/locale";
import type { MemberRfm, SkippedRowCounts } from "../../src/rfm/member-rfm";
import { RFM_SEGMENTS, type RfmSegment } from "../../src/rfm/rfm-segment";
import type { RfmQuantileScores } from "../../src/rfm/rfm-scores";
import { serialDayToIsoDate } from "../../src/table/excel-serial";
import { segmentResultSheets } from "../../src/report/segments";
import { rfmSegmentText } from "../../src/report/segment-text";
import type { ResultSheet } from "../../src/report/types";
import { cliRunRecord } from "../run-record";
import type { MemberInput } from "./member-input";
import { rfmCliText } from "./rfm-text";
import { sheetsText } from "./sheet-text";

/** How frequency counts orders: distinct order ids, distinct order days, or every row (R rfm's `n()`). */
export type CountBy = "orders" | "days" | "rows";

/** What `rfm` computed; the three renderers below turn it into JSON, text and sheets. */
export interface RfmResult {
  readonly input: MemberInput;
  readonly members: MemberRfm;
  readonly scores: RfmQuantileScores;
  /** Index into RFM_SEGMENTS per member. */
  readonly segmentCodes: Uint8Array;
  readonly countBy: CountBy;
  /** --locale, for segmentLabel in the JSON. */
  readonly locale: Locale;
}

export interface RfmJson {
  /** "yyyy-mm-dd" recency is counted to. */
  readonly asOf: string;
  readonly asOfSource: "given" | "dayAfterLatestOrder";
  readonly countBy: CountBy;
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
export function rfmJson({ members, scores, segmentCodes, countBy, input, locale }: RfmResult): RfmJson {
  return {
    asOf: serialDayToIsoDate(members.asOfSerial ?? 0),
    asOfSource: members.asOfSource === "given" ? "given" : "dayAfterLatestOrder",
    countBy,
    scoring: {
      bins: scores.recency.binCount,
      edgeRule: "rfmPackage",
      recencyEdges: scores.recency.edges.map(tidy),
      frequencyEdges: scores.frequency.edges.map(tidy),
      monetaryEdges: scores.monetary.edges.map(tidy),
    },
    rows: { read: input.loaded.table.rowCount, used: members.usedRowCount, skipped: members.skippedRows },
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

/** The segment sheets without clusters: "Segments" (order counts, amount vs orders by segment) and "Members". */
export function rfmSheets(result: RfmResult, locale: Locale): ResultSheet[] {
  const { members, scores, segmentCodes, input, countBy } = result;
  const runRecord = cliRunRecord(input.loaded.inputAddress, input.loaded.table.rowCount, {
    ...input.parameters,
    asOf: serialDayToIsoDate(members.asOfSerial ?? 0),
    countBy,
    bins: scores.recency.binCount,
    edgeRule: "rfmPackage (type-7 quantiles + 1)",
    recencyEdges: scores.recency.edges.map(tidy).join(", "),
    frequencyEdges: scores.frequency.edges.map(tidy).join(", "),
    monetaryEdges: scores.monetary.edges.map(tidy).join(", "),
  });
  const scoreColumns = {
    recency: scores.recency.scores,
    frequency: scores.frequency.scores,
    monetary: scores.monetary.scores,
  };
  const labels = { scheme: "rfmSegment", codes: segmentCodes } as const;
  return segmentResultSheets(locale, { members, scores: scoreColumns, labels }, runRecord);
}

/** Text output: rows used, how orders were counted, the score edges, members per segment, the Members table. */
export function rfmText(result: RfmResult, locale: Locale): string {
  const { scores, input, members, countBy } = result;
  const membersSheet = rfmSheets(result, locale)[1];
  const edges = (label: string, values: readonly number[]) => `  ${label}: ${values.map(tidy).join(", ")}`;
  const rowCounts = {
    members: members.memberIds.length,
    used: members.usedRowCount,
    read: input.loaded.table.rowCount,
  };
  return sheetsText(membersSheet === undefined ? [] : [membersSheet], [
    input.loaded.inputAddress,
    `  ${rfmCliText(locale, "rowsUsed", rowCounts)}`,
    `  ${rfmCliText(locale, `countBy.${countBy}`)}`,
    rfmCliText(locale, "edges"),
    edges("R", scores.recency.edges),
    edges("F", scores.frequency.edges),
    edges("M", scores.monetary.edges),
    "",
    rfmCliText(locale, "segmentCounts"),
    ...segmentCountLines(result.segmentCodes, locale),
  ]);
}

function segmentCountLines(codes: Uint8Array, locale: Locale): string[] {
  const counts = new Array<number>(RFM_SEGMENTS.length).fill(0);
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return RFM_SEGMENTS.flatMap((segment, code) =>
    counts[code] === 0 ? [] : [`  ${rfmSegmentText(locale, segment, "label")}: ${counts[code]}`],
  );
}

/** 15 significant digits, as Excel shows a number: sums like 993.9000000000001 print as 993.9. */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}
