import type { Locale } from "../i18n/locale";

/**
 * The run record's time for a reader: the ISO 8601 instant in the reader's time zone and the locale's date
 * and time style, with the zone named ("May 1, 2024, 4:30:00 PM GMT+8"), not ISO UTC. `timeZone` defaults to
 * the runtime's own (the user's, in the pane; the machine's, on the command line). A time that is not a
 * valid instant (an empty record) is written as given.
 *
 * Cost: O(1).
 *
 * @example formatRunTime("en", "2024-05-01T08:30:00.000Z", "Asia/Taipei") // "May 1, 2024, 4:30:00 PM GMT+8"
 */
export function formatRunTime(locale: Locale, timestampIso: string, timeZone?: string): string {
  const instant = new Date(timestampIso);
  if (timestampIso === "" || Number.isNaN(instant.getTime())) return timestampIso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "long",
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(instant);
}
