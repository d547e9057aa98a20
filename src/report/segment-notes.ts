import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import type { MemberRfm } from "../rfm/member-rfm";
import type { RecencySplit } from "../rfm/recency-split";
import { serialDayToIsoDate } from "../table/excel-serial";

/** "Recency counted to 2006-12-31 (the day after the latest order)." or the member-table variant. */
export function asOfNote(locale: Locale, members: Pick<MemberRfm, "asOfSerial" | "asOfSource">): string {
  if (members.asOfSerial === null) return rfmMessages(locale, "report.note.asOfUnknown");
  const source = rfmMessages(
    locale,
    members.asOfSource === "dayAfterLatestOrder" ? "report.note.asOfDayAfter" : "report.note.asOfGiven",
  );
  return rfmMessages(locale, "report.note.asOf", { date: serialDayToIsoDate(members.asOfSerial), source });
}

/** The skipped-row counts as one sentence, or nothing when no row was skipped. */
export function skippedRowsNotes(locale: Locale, members: Pick<MemberRfm, "skippedRows">): string[] {
  const counts = members.skippedRows;
  const total =
    counts.blankMemberId +
    counts.unparseableDate +
    counts.missingAmount +
    counts.blankOrderId +
    counts.invalidMemberValue;
  return total === 0 ? [] : [rfmMessages(locale, "report.note.skipped", { ...counts })];
}

/** How "recent" was decided, in words. */
export function recencySplitNote(locale: Locale, split: RecencySplit): string {
  return split.kind === "cutDate"
    ? rfmMessages(locale, "report.note.recentCut", { date: serialDayToIsoDate(split.cutDateSerial) })
    : rfmMessages(locale, "report.note.recentDays", { days: split.maxRecencyDays });
}

/** A number for a sentence, in the locale's digits grouping, at most two decimals. */
export function formatForNote(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
