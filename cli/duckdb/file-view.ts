import { open } from "node:fs/promises";
import { quoteString } from "../../src/sql/quote-literal";
import { CliError } from "../cli-error";
import type { DuckDbSession } from "./duckdb-session";

/** The view over the input file that the generated SQL reads. */
export const INPUT_VIEW = "input_rows";

/** What a file holds, by its first bytes. */
export type FileKind = "parquet" | "xlsx" | "csv";

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" (parquet.apache.org/docs/file-format)
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Bytes checked for UTF-8 before DuckDB reads a CSV (its reader takes UTF-8; other encodings need extensions). */
const UTF8_PROBE_BYTES = 1 << 20;

/**
 * The kind of a file from its first bytes (a misnamed file still reads as what it is).
 *
 * @example fileKindOfBytes(new TextEncoder().encode("PAR1....")) // "parquet"
 * @example fileKindOfBytes(new TextEncoder().encode("Member,Date\n")) // "csv"
 */
export function fileKindOfBytes(bytes: Uint8Array): FileKind {
  const starts = (magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(PARQUET_MAGIC)) return "parquet";
  if (starts(ZIP_MAGIC)) return "xlsx";
  return "csv";
}

/**
 * Creates the view {@link INPUT_VIEW} over a CSV (DuckDB's read_csv with its type detection and a header row) or
 * a Parquet file (read_parquet), streaming: nothing is loaded until a query reads it. An .xlsx workbook and a CSV
 * that is not UTF-8 are refused with the way out.
 *
 * @throws CliError (exit 2) naming the file
 */
export async function createFileView(session: DuckDbSession, file: string): Promise<FileKind> {
  const head = await readHead(file);
  const kind = fileKindOfBytes(head);
  if (kind === "xlsx") {
    throw new CliError("--engine duckdb reads CSV and Parquet files; run an .xlsx workbook without it", file);
  }
  const path = quoteString("duckdb", file);
  if (kind === "parquet") {
    await session.run(`CREATE VIEW ${INPUT_VIEW} AS SELECT * FROM read_parquet(${path})`);
    return kind;
  }
  if (!isUtf8Prefix(head)) {
    throw new CliError(
      "--engine duckdb reads UTF-8 CSV files; this one is not UTF-8 (save it as CSV UTF-8, or run without --engine duckdb)",
      file,
    );
  }
  await session.run(`CREATE VIEW ${INPUT_VIEW} AS SELECT * FROM read_csv(${path}, header = true)`);
  return kind;
}

async function readHead(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    throw new CliError("cannot be opened (check the path)", file);
  }
  try {
    const buffer = new Uint8Array(UTF8_PROBE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead === 0) throw new CliError("is empty", file);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** True when the bytes are UTF-8, a character cut at the end of the probe allowed. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
