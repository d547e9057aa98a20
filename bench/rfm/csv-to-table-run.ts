/**
 * One way of reading the benchmark CSV into a table, timed in its own process (run by csv-to-table.bench.ts):
 *   grid             parseCsv (papaparse into a grid of strings) + tableFromGrid — the path before TextCells
 *   papaparse-steps  papaparse record by record (step mode) into string columns — splitting only
 *   cells            parseCsvCells + tableFromTextCells — what the command line does for a CSV
 * Prints one JSON line: { readSeconds, tableSeconds, rows, peakMb }.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { parseCsv } from "../../fileio/read-csv";
import { parseCsvCells } from "../../cli/io/read-csv-cells";
import { tableFromGrid } from "../../src/table/table-from-grid";
import { tableFromTextCells } from "../../src/table/table-from-text-cells";

const [variant, file] = process.argv.slice(2) as [string, string];
const bytes = readFileSync(file);
const started = performance.now();
let read = started;
let rows = 0;
if (variant === "grid") {
  const { grid } = parseCsv(bytes, file);
  read = performance.now();
  rows = tableFromGrid(grid).rowCount;
} else if (variant === "cells") {
  const { cells } = parseCsvCells(bytes, file);
  read = performance.now();
  rows = tableFromTextCells(cells).rowCount;
} else if (variant === "papaparse-steps") {
  const columns: string[][] = [];
  Papa.parse<string[]>(new TextDecoder().decode(bytes), {
    delimiter: "",
    delimitersToGuess: [",", "\t", ";", "|"],
    step: (record) => record.data.forEach((cell, index) => (columns[index] ??= []).push(cell)),
  });
  read = performance.now();
  rows = (columns[0]?.length ?? 1) - 1;
} else {
  throw new Error(`unknown variant ${variant}`);
}
const done = performance.now();
console.log(
  JSON.stringify({
    readSeconds: (read - started) / 1000,
    tableSeconds: (done - read) / 1000,
    rows,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
