import { memberDayParts, type MemberDayParts } from "../member/day-part";
import { orderTimingHeat, type TimingHeat } from "../member/timing-heat";
import { timingSheet } from "../report/member-timing";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { datedMemberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";

export interface TimingResult {
  readonly heat: TimingHeat;
  /** Present when the order dates carry a time of day. */
  readonly dayParts: MemberDayParts | undefined;
  readonly facts: TimingFacts;
}

export interface TimingFacts {
  readonly analysis: "timing";
  /** 0 = Sunday … 6 = Saturday (Excel WEEKDAY(d, 1) − 1); the first on ties. */
  readonly peakWeekday: number;
  /** 0-23; null when the dates carry no time of day. */
  readonly peakHour: number | null;
}

/**
 * Orders by weekday × hour and, when the dates carry a time of day, each member's preferred day-part (night
 * 0-5, morning 6-11, afternoon 12-17, evening 18-23). The channel mix is its own use case (./channel.ts).
 *
 * Cost: O(rows).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, orderDate), COLUMN_TYPE_MISMATCH and orderTimingHeat's codes
 */
export function timingAnalysis(table: Table, context: AnalysisContext): AnalysisRun<TimingResult> {
  requireAcceptedShape(table, "timing");
  const columns = datedMemberColumns(table, "timing");
  const heat = orderTimingHeat(columns);
  const dayParts = heat.hasTimeOfDay ? memberDayParts(columns) : undefined;
  const hourTotals =
    heat.weekdayHourOrders === null
      ? null
      : Array.from({ length: 24 }, (_, hour) =>
          (heat.weekdayHourOrders ?? []).reduce((sum, hours) => sum + (hours[hour] ?? 0), 0),
        );
  const result: TimingResult = {
    heat,
    dayParts,
    facts: {
      analysis: "timing",
      peakWeekday: indexOfMax(heat.weekdayOrders),
      peakHour: hourTotals === null ? null : indexOfMax(hourTotals),
    },
  };
  return {
    result,
    sheets: lazily(() => [
      timingSheet(heat, context.locale, analysisRunRecord(table, context, "timing"), dayParts),
    ]),
  };
}

/** Index of the largest value (the first one on ties). */
function indexOfMax(values: readonly number[]): number {
  let best = 0;
  values.forEach((value, index) => {
    if (value > (values[best] ?? -Infinity)) best = index;
  });
  return best;
}
