import type { Locale } from "../i18n/locale";
import type { MemberMessageKey } from "../i18n/messages/member";
import type { MemberDayParts } from "../member/day-part";
import type { TimingHeat } from "../member/timing-heat";
import { MEMBER_FORMATS as F, memberColumn, memberTranslator, skippedNotes } from "./member-format";
import { dayPartTables } from "./member-day-parts";
import type { ReportColumn, ReportTable, ResultSheet, RunRecord } from "./types";

/**
 * Id of the weekday × hour table. The workbook port should give this table a colour scale (conditional
 * formatting) over its hour cells: report/types.ts has no formatting hint yet, so the id is the contract.
 */
export const TIMING_HEAT_TABLE_ID = "member.timing.heat";

const WEEKDAY_KEYS: readonly MemberMessageKey[] = [
  "weekday0",
  "weekday1",
  "weekday2",
  "weekday3",
  "weekday4",
  "weekday5",
  "weekday6",
];

/**
 * The timing result sheet, weeks starting on Sunday (Excel WEEKDAY(d, 1)): the 7 × 24 heat table
 * ({@link TIMING_HEAT_TABLE_ID}, only when the dates carry a time of day; otherwise a note says so), orders
 * per weekday ("member.timing.weekday", with a column chart), and, when given, preferred day-parts
 * ("member.timing.dayparts") and per member ("member.timing.members").
 *
 * @example
 * import { orderTimingHeat } from "../member/timing-heat";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const heat = orderTimingHeat({ memberIds: ["a", "b"], orderDates: [44201.75, 44202.5] });
 * timingSheet(heat, "en", runRecord).charts[0]?.tableId // "member.timing.weekday"
 */
export function timingSheet(
  heat: TimingHeat,
  locale: Locale,
  runRecord: RunRecord,
  dayParts?: MemberDayParts,
): ResultSheet {
  const t = memberTranslator(locale);
  const weekdayNames = WEEKDAY_KEYS.map((key) => t(key));
  const tables: ReportTable[] = [];
  if (heat.weekdayHourOrders !== null) {
    const hourColumns: ReportColumn[] = Array.from({ length: 24 }, (_, hour) => ({
      key: `h${hour}`,
      header: String(hour),
      numberFormat: F.count,
    }));
    tables.push({
      id: TIMING_HEAT_TABLE_ID,
      title: t("heatTitle"),
      notes: [
        t("heatNote"),
        ...(heat.ordersAtMidnight > 0 ? [t("midnightNote", { count: heat.ordersAtMidnight })] : []),
        ...skippedNotes(locale, heat.skippedRows),
      ],
      columns: [
        memberColumn(locale, "weekday", "colWeekday", F.text),
        ...hourColumns,
        memberColumn(locale, "total", "colTotal", F.count),
      ],
      heatmapColumns: hourColumns.map((column) => column.key),
      rows: heat.weekdayHourOrders.map((hours, weekday) => [
        weekdayNames[weekday] as string,
        ...hours,
        heat.weekdayOrders[weekday] as number,
      ]),
    });
  }
  tables.push({
    id: "member.timing.weekday",
    title: t("weekdayTitle"),
    notes: heat.hasTimeOfDay ? [] : [t("noTimeNote"), ...skippedNotes(locale, heat.skippedRows)],
    columns: [
      memberColumn(locale, "weekday", "colWeekday", F.text),
      memberColumn(locale, "orders", "colOrders", F.count),
      memberColumn(locale, "orderShare", "colOrderShare", F.share),
    ],
    rows: heat.weekdayOrders.map((orders, weekday) => [
      weekdayNames[weekday] as string,
      orders,
      orders / heat.orderCount,
    ]),
  });
  if (dayParts !== undefined) tables.push(...dayPartTables(locale, dayParts));
  return {
    baseName: t("timingSheet"),
    tables,
    charts: [
      {
        kind: "columnClustered",
        title: t("weekdayTitle"),
        tableId: "member.timing.weekday",
        xColumn: "weekday",
        yColumns: ["orders"],
        xAxisTitle: t("colWeekday"),
        yAxisTitle: t("colOrders"),
      },
    ],
    runRecord,
  };
}
