import type { Locale } from "../i18n/locale";
import { readingText } from "../i18n/messages/reading";
import type { Column, Table } from "../table/types";

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  big5: "Big5",
  gb18030: "GB18030",
  gbk: "GBK",
  "utf-8": "UTF-8",
};

/**
 * The quality report's notes on how a table was read: the file's encoding when it is not UTF-8 (said to be
 * assumed when it was guessed), the semicolon file's default of decimal commas, and per column its number
 * style when not the plain "1,234.5" and its day order when its "a/b/yyyy" dates read two ways (said to be
 * assumed when no value decided). Empty for an ordinary table.
 *
 * Cost: O(columns).
 *
 * @example
 * import { tableFromGrid } from "../table/table-from-grid";
 * const table = tableFromGrid({ values: [["Day", "Sales"], ["13/04/2021", "1.234,5"], ["03/04/2021", "10,25"]] });
 * readingNotes(table, "en")
 * // ["Day: dates read day/month/year.", "Sales: numbers read with a decimal comma (1.234,5 = 1234.5)."]
 */
export function readingNotes(table: Table, locale: Locale): string[] {
  const notes: string[] = [];
  const source = table.source;
  const encoding = source?.encoding;
  if (encoding !== undefined && encoding !== "utf-8") {
    const name = ENCODING_NAMES[encoding] ?? encoding;
    const key = source?.encodingDetected === true ? "reading.encodingDetected" : "reading.encodingGiven";
    notes.push(readingText(locale, key, { encoding: name }));
  }
  if (source?.delimiter === ";") notes.push(readingText(locale, "reading.semicolonFile"));
  for (const column of table.columns) {
    const note = columnNote(column, locale);
    if (note !== null) notes.push(note);
  }
  return notes;
}

function columnNote(column: Column, locale: Locale): string | null {
  const values = { column: column.name };
  if (column.type === "number") {
    if (column.numberStyle === "comma") return readingText(locale, "reading.numbersComma", values);
    if (column.numberStyle === "mixed") return readingText(locale, "reading.numbersMixed", values);
    if (column.numberStyle === "dot") return readingText(locale, "reading.numbersDotAssumed", values);
    return null;
  }
  if (column.type !== "date" || column.dayOrder === undefined) return null;
  const key = column.dayOrderAssumed === true ? "reading.dayOrderAssumed" : "reading.dayOrder";
  return readingText(locale, `${key}.${column.dayOrder}`, values);
}
