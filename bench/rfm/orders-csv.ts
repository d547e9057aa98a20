/**
 * The order-line CSV the R/F/M benchmarks read: member_id, order_id, order_date (yyyy-mm-dd), amount, with
 * about five lines per member and one to three lines per order over two years, from a seeded generator, so
 * that every run times the same file. Also the option reader the rfm benchmarks share.
 */
import { closeSync, openSync, writeSync } from "node:fs";

/** A full Excel sheet: 1,048,576 rows, one of them the header. */
export const FULL_SHEET_LINES = 1_048_575;

/** mulberry32: a small seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines buffered before they are written: the 10,000,000-line file of the DuckDB bench never sits in memory. */
const LINES_PER_WRITE = 100_000;

/** Writes `lineCount` order lines (plus the header) to `path`. */
export function writeOrdersCsv(path: string, lineCount: number, seed = 42): void {
  const random = seededRandom(seed);
  const memberCount = Math.round(lineCount / 5);
  const file = openSync(path, "w");
  let parts: string[] = ["member_id,order_id,order_date,amount"];
  let orderId = 0;
  let row = 0;
  while (row < lineCount) {
    const member = Math.floor(random() * memberCount);
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 730) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const linesInOrder = 1 + Math.floor(random() * 3);
    orderId++;
    for (let line = 0; line < linesInOrder && row < lineCount; line++, row++) {
      parts.push(`M${member},O${orderId},${day},${(5 + random() * 300).toFixed(2)}`);
      if (parts.length >= LINES_PER_WRITE) {
        writeSync(file, parts.join("\n") + "\n");
        parts = [];
      }
    }
  }
  if (parts.length > 0) writeSync(file, parts.join("\n") + "\n");
  closeSync(file);
}

/** `--name VALUE` from the command line (npm run bench passes its options to every benchmark), else fallback. */
export function benchOption(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
