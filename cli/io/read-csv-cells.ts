import Papa from "papaparse";
import type { RawGrid } from "../../src/table/types";
import type { TextCells } from "../../src/table/text-cells";
import { decodeText } from "../../fileio/decode-text";
import { parseCsvText } from "../../fileio/read-csv";
import { splitRecords } from "./split-records";
import { TextCellsBuilder } from "./text-cells-builder";

export interface CsvCells {
  readonly cells: TextCells;
  /** The delimiter found: ",", "\t", ";" or "|". */
  readonly delimiter: string;
  /** The WHATWG name of the encoding read (see parseCsv). */
  readonly encoding: string;
  /** True when the file was not UTF-8 and the encoding was guessed (see parseCsv). */
  readonly encodingDetected: boolean;
}

/** parseCsv's papaparse settings: the delimiter is guessed among these. */
const DELIMITERS = [",", "\t", ";", "|"];
/** papaparse guesses the line break from the first 1 MiB of the text (guessLineEndings). */
const GUESS_PREFIX_CHARS = 1024 * 1024;
/** papaparse guesses the delimiter from the first 10 records (guessDelimiter). */
const GUESS_RECORDS = 10;

/**
 * parseCsv as TextCells: the same cells, delimiter, row numbers and errors as parseCsv's grid, without an
 * array per row or a string per cell (bench/rfm: on 1,048,575 lines that grid is most of the reading time
 * and memory; papaparse's own step mode, which avoids the grid, still takes ten times longer than this).
 *
 * papaparse guesses the line break and delimiter, as parseCsv lets it; splitRecords then cuts the text into
 * cells kept as offsets, reading records as papaparse's parser does (RFC 4180 quoting; records with other
 * quotes go to papaparse itself). Text with many such irregular records goes through papaparse record by
 * record (step mode) instead. Anything parseCsv would refuse (bad encoding, an unclosed quote, only blank
 * lines) is handed to parseCsv, which throws its own error.
 *
 * @throws CliError as parseCsv
 */
export function parseCsvCells(bytes: Uint8Array, file: string, encoding?: string): CsvCells {
  const { text, encoding: read, detected } = decodeText(bytes, file, encoding);
  const found = { encoding: read, encodingDetected: detected };
  const split = cellsBySplitting(text);
  if (split === null || split.allBlank) return { ...cellsOfGrid(parseCsvText(text, file)), ...found };
  return { cells: split.cells, delimiter: split.delimiter, ...found };
}

interface Split {
  readonly cells: TextCells;
  readonly delimiter: string;
  readonly allBlank: boolean;
}

function cellsBySplitting(text: string): Split | null {
  const { delimiter, linebreak, sample } = guessFormat(text);
  const sampleCells = countOf(sample, delimiter) + countOf(sample, linebreak) + 1;
  const builder = new TextCellsBuilder(Math.ceil((sampleCells * 1.02 * text.length) / sample.length));
  const split = splitRecords(text, delimiter, linebreak, builder);
  if (split === "unclosedQuote") return null;
  return split === "irregularQuotes" ? cellsByRecords(text) : finish(builder, split.cellText, delimiter);
}

/**
 * papaparse's guesses of delimiter and line break for the whole text. Without quotes its guesses read the
 * first 1 MiB (line break) and first 10 records (delimiter) but its parser splits the whole text first, so
 * they are asked of the first 1 MiB (or of the whole text when that holds fewer than 10 records).
 */
function guessFormat(text: string): { delimiter: string; linebreak: string; sample: string } {
  let sample = text.includes('"') ? text : text.slice(0, GUESS_PREFIX_CHARS);
  let meta = Papa.parse<string[]>(sample, papaparseConfig(1)).meta;
  if (sample.length < text.length && countOf(sample, meta.linebreak) < GUESS_RECORDS) {
    sample = text;
    meta = Papa.parse<string[]>(sample, papaparseConfig(1)).meta;
  }
  return {
    delimiter: meta.delimiter,
    linebreak: meta.linebreak,
    sample: sample.slice(0, GUESS_PREFIX_CHARS),
  };
}

function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

function cellsByRecords(text: string): Split | null {
  const builder = new TextCellsBuilder();
  const pieces: string[] = [];
  let length = 0;
  let unclosed = false;
  let delimiter = ",";
  Papa.parse<string[]>(text, {
    ...papaparseConfig(0),
    step: (record) => {
      if (record.errors.some((error) => error.code === "MissingQuotes")) unclosed = true;
      delimiter = record.meta.delimiter;
      for (const cell of record.data) {
        pieces.push(cell);
        builder.addCell(length, length + cell.length);
        length += cell.length;
      }
      builder.endRow();
    },
  });
  return unclosed ? null : finish(builder, pieces.join(""), delimiter);
}

function papaparseConfig(preview: number): Papa.ParseConfig<string[]> {
  return {
    delimiter: "",
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    dynamicTyping: false,
    preview,
  };
}

/** parseCsv's last steps: a final line break's empty record is not a row; a file of blanks is refused. */
function finish(builder: TextCellsBuilder, text: string, delimiter: string): Split {
  while (builder.rowCount > 0 && builder.isEmptyRecord(builder.rowCount - 1)) builder.dropLastRow();
  const cells = builder.build(text);
  let allBlank = true;
  for (let cell = 0; cell < cells.cellStart.length && allBlank; cell++) {
    const start = cells.cellStart[cell] as number;
    const end = cells.cellEnd[cell] as number;
    if (end > start && text.slice(start, end).trim() !== "") allBlank = false;
  }
  return { cells, delimiter, allBlank };
}

/** A grid of strings from parseCsv as TextCells (parseCsv normally throws where this is used). */
function cellsOfGrid({ grid, delimiter }: { grid: RawGrid; delimiter: string }): Omit<Split, "allBlank"> {
  const builder = new TextCellsBuilder();
  const pieces: string[] = [];
  let length = 0;
  for (const row of grid.values) {
    for (const cell of row) {
      const piece = String(cell);
      pieces.push(piece);
      builder.addCell(length, length + piece.length);
      length += piece.length;
    }
    builder.endRow();
  }
  return { cells: builder.build(pieces.join("")), delimiter };
}
