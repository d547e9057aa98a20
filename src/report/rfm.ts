import type { RfmResult } from "../analysis/rfm";
import type { Locale } from "../i18n/locale";
import { serialDayToIsoDate } from "../table/excel-serial";
import { segmentResultSheets } from "./segments";
import type { ResultSheet, RunRecord } from "./types";

/** The settings an RFM run states in its run record: the as-of day, the count rule and the score edges. */
export function rfmRunSettings({ members, scores, countBy }: RfmResult): Record<string, string | number> {
  return {
    asOf: serialDayToIsoDate(members.asOfSerial ?? 0),
    countBy,
    bins: scores.recency.binCount,
    edgeRule: "rfmPackage",
    recencyEdges: scores.recency.edges.map(excelPrecision).join(", "),
    frequencyEdges: scores.frequency.edges.map(excelPrecision).join(", "),
    monetaryEdges: scores.monetary.edges.map(excelPrecision).join(", "),
  };
}

/**
 * The RFM sheets, the segment sheets without clusters: "Segments" (members, orders and amount by segment)
 * and "Members" (R, F, M, scores and segment per member).
 */
export function rfmResultSheets(result: RfmResult, locale: Locale, runRecord: RunRecord): ResultSheet[] {
  const { members, scores, segmentCodes } = result;
  const scoreColumns = {
    recency: scores.recency.scores,
    frequency: scores.frequency.scores,
    monetary: scores.monetary.scores,
  };
  const labels = { scheme: "rfmSegment", codes: segmentCodes } as const;
  return segmentResultSheets(locale, { members, scores: scoreColumns, labels }, runRecord);
}

/** 15 significant digits, as Excel shows a number: sums like 993.9000000000001 print as 993.9. */
export function excelPrecision(value: number): number {
  return Number(value.toPrecision(15));
}
