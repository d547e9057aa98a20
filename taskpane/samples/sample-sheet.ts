/**
 * A sample export: a sheet's base name, its values (header row first; dates as Excel serial numbers) and one
 * number format per cell (the format tells a date from a number, as in a real export).
 */
export interface SampleSheet {
  readonly name: string;
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
}

/** Number formats for a header row (General) and `rows` data rows, one format per column. */
export function sampleFormats(
  header: readonly string[],
  rows: number,
  columnFormats: readonly string[],
): string[][] {
  return [header.map(() => "General"), ...Array.from({ length: rows }, () => [...columnFormats])];
}
