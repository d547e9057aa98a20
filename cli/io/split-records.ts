import Papa from "papaparse";
import type { TextCellsBuilder } from "./text-cells-builder";

const QUOTE = '"';
/** First window papaparse reads an irregular record from; grown fourfold until the record ends inside it. */
const FIRST_WINDOW_CHARS = 1 << 16;

/** Why splitRecords stopped: a quoted value never closed, or too many records papaparse had to read. */
export type SplitStop = "unclosedQuote" | "irregularQuotes";

/**
 * Splits delimited text into the builder's rows as papaparse reads it with this delimiter and line break,
 * keeping cells as offsets into the text. A line without a quote character is one record cut at each
 * delimiter (what papaparse's parser does with it). A record with quotes in the RFC 4180 form — a quoted
 * field opens with the quote and its closing quote is followed by a delimiter, the line break or the end,
 * "" standing for a quote — is read here: papaparse reads such records the same way. Any other record with
 * a quote (stray or unclosed quotes, spaces after a closing quote, which papaparse forgives) is read by
 * papaparse itself, from its start. Cells that differ from their text (a "" inside) are appended after it.
 *
 * Returns the text the builder's offsets refer to (the input, plus those cells), or why it stopped: an
 * unclosed quote (the caller reports it as parseCsv does), or more than `maxIrregular` records for
 * papaparse (about 10 µs each; the caller then lets papaparse read the whole text).
 *
 * Cost: O(characters) with native scans.
 *
 * @example splitRecords('a,"b,c"\nd,e', ",", "\n", builder) // { cellText }, builder rows ["a", "b,c"], ["d", "e"]
 */
export function splitRecords(
  text: string,
  delimiter: string,
  linebreak: string,
  builder: TextCellsBuilder,
  maxIrregular = 1000,
): { readonly cellText: string } | SplitStop {
  const unescaped: string[] = [];
  let unescapedLength = 0;
  const addText = (cell: string): void => {
    builder.addCell(text.length + unescapedLength, text.length + unescapedLength + cell.length);
    unescaped.push(cell);
    unescapedLength += cell.length;
  };
  const fields: number[] = [];
  let irregular = 0;
  let start = 0;
  let nextDelimiter = text.indexOf(delimiter);
  let nextBreak = text.indexOf(linebreak);
  let nextQuote = text.indexOf(QUOTE);
  for (;;) {
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    if (nextQuote === -1 || nextQuote >= lineEnd) {
      while (nextDelimiter !== -1 && nextDelimiter < lineEnd) {
        builder.addCell(start, nextDelimiter);
        start = nextDelimiter + delimiter.length;
        nextDelimiter = text.indexOf(delimiter, start);
      }
      builder.addCell(start, lineEnd);
      builder.endRow();
      if (nextBreak === -1) break;
      start = nextBreak + linebreak.length;
      nextBreak = text.indexOf(linebreak, start);
      continue;
    }
    let end = regularRecord(text, start, delimiter, linebreak, fields);
    if (end !== -1) {
      for (let field = 0; field < fields.length; field += 3) {
        const [from, to, escaped] = [fields[field] as number, fields[field + 1] as number, fields[field + 2]];
        if (escaped === 1) addText(text.slice(from, to).replaceAll('""', QUOTE));
        else builder.addCell(from, to);
      }
    } else {
      if (++irregular > maxIrregular) return "irregularQuotes";
      const record = papaparseRecord(text, start, delimiter, linebreak);
      if (record === null) return "unclosedQuote";
      record.cells.forEach(addText);
      end = record.end;
    }
    builder.endRow();
    start = end;
    // A record that ran to the end of the text without a line break was the last one.
    if (start === text.length && !text.endsWith(linebreak, start)) break;
    if (nextDelimiter !== -1 && nextDelimiter < start) nextDelimiter = text.indexOf(delimiter, start);
    if (nextBreak !== -1 && nextBreak < start) nextBreak = text.indexOf(linebreak, start);
    if (nextQuote < start) nextQuote = text.indexOf(QUOTE, start);
  }
  return { cellText: unescaped.length === 0 ? text : text + unescaped.join("") };
}

/**
 * Reads the RFC 4180 record at `start` into `fields` (from, to, escaped per field; a quoted field's span is
 * inside its quotes) and returns where the next record starts, or -1 when the record is not of that form.
 */
function regularRecord(
  text: string,
  start: number,
  delimiter: string,
  linebreak: string,
  fields: number[],
): number {
  fields.length = 0;
  let at = start;
  for (;;) {
    let fieldEnd: number;
    if (text.startsWith(QUOTE, at)) {
      let escaped = 0;
      let close = text.indexOf(QUOTE, at + 1);
      while (close !== -1 && text.startsWith(QUOTE, close + 1)) {
        escaped = 1;
        close = text.indexOf(QUOTE, close + 2);
      }
      if (close === -1) return -1;
      fields.push(at + 1, close, escaped);
      fieldEnd = close + 1;
      if (
        fieldEnd < text.length &&
        !text.startsWith(delimiter, fieldEnd) &&
        !text.startsWith(linebreak, fieldEnd)
      )
        return -1;
    } else {
      const nextDelimiter = text.indexOf(delimiter, at);
      const nextBreak = text.indexOf(linebreak, at);
      fieldEnd = Math.min(
        nextDelimiter === -1 ? text.length : nextDelimiter,
        nextBreak === -1 ? text.length : nextBreak,
      );
      fields.push(at, fieldEnd, 0);
    }
    if (fieldEnd === text.length) return fieldEnd;
    if (text.startsWith(linebreak, fieldEnd)) return fieldEnd + linebreak.length;
    at = fieldEnd + delimiter.length;
  }
}

/**
 * The record at `start` as papaparse reads it, from a window of the text that grows until the record ends
 * with a line break inside it (papaparse looks ahead only to the record's end, so the record read in the
 * window is the record read in the whole text) or reaches the end of the text. Null for a quote never
 * closed before the end of the text.
 */
function papaparseRecord(
  text: string,
  start: number,
  delimiter: string,
  linebreak: string,
): { readonly cells: readonly string[]; readonly end: number } | null {
  for (let size = FIRST_WINDOW_CHARS; ; size *= 4) {
    const windowEnd = Math.min(text.length, start + size);
    const parsed = Papa.parse<string[]>(text.slice(start, windowEnd), {
      delimiter,
      newline: linebreak as "\n",
      preview: 1,
      skipEmptyLines: false,
      dynamicTyping: false,
    });
    const unclosed = parsed.errors.some((error) => error.code === "MissingQuotes");
    const consumed = parsed.meta.cursor;
    if (windowEnd < text.length && (unclosed || consumed >= windowEnd - start)) continue;
    return unclosed ? null : { cells: parsed.data[0] ?? [""], end: start + consumed };
  }
}
