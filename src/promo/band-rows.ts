import { requireSameLength, numberOrNull, type NumberCell } from "./cells";
import type { CutOptions } from "./band-cut";
import { cutValues } from "./cut-values";

/** One band of the generic banding (the command line's `bands` output). */
export interface BandRow {
  readonly label: string;
  readonly lower: number;
  readonly upper: number;
  readonly rows: number;
  /** Σ of each summed column over the band's rows (blank cells skipped). */
  readonly sums: Readonly<Record<string, number>>;
}

/** Rows outside every band, with the same sums. */
export interface OutsideRows {
  readonly rows: number;
  readonly sums: Readonly<Record<string, number>>;
}

export interface BandRowsResult {
  readonly bands: readonly BandRow[];
  readonly below: OutsideRows;
  readonly above: OutsideRows;
  readonly missing: OutsideRows;
}

/**
 * Cuts `values` into bands (pandas.cut rules, see bandOfChecked) and sums the given columns per band.
 * Rows below, above or without a value are counted and summed separately, never dropped.
 *
 * Cost: O(n log edges + n × columns).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH and the codes of bandsOf
 * @example bandRows([50, 250, 900], [0, 200, 400], { gmv: [10, 20, 30] }).bands
 * // [{ label: "[0, 200]", lower: 0, upper: 200, rows: 1, sums: { gmv: 10 } },
 * //  { label: "(200, 400]", lower: 200, upper: 400, rows: 1, sums: { gmv: 20 } }]   (above: 1 row, gmv 30)
 */
export function bandRows(
  values: readonly NumberCell[],
  edges: readonly number[],
  sumColumns: Readonly<Record<string, readonly NumberCell[]>> = {},
  options: CutOptions = {},
): BandRowsResult {
  requireSameLength("bandRows", { values, ...sumColumns });
  const cut = cutValues(values, edges, options);
  const columnNames = Object.keys(sumColumns);
  const zeroSums = (): Record<string, number> => Object.fromEntries(columnNames.map((name) => [name, 0]));
  const bandSums = cut.bands.map(zeroSums);
  const outside = { below: zeroSums(), above: zeroSums(), missing: zeroSums() };
  cut.assignments.forEach((assignment, row) => {
    const target =
      assignment.kind === "band"
        ? (bandSums[assignment.index] as Record<string, number>)
        : outside[assignment.kind];
    for (const name of columnNames) {
      const cell = numberOrNull(sumColumns[name]?.[row]);
      if (cell !== null) target[name] = (target[name] ?? 0) + cell;
    }
  });
  return {
    bands: cut.bands.map((band, index) => ({
      label: band.label,
      lower: band.lower,
      upper: band.upper,
      rows: cut.counts.perBand[index] ?? 0,
      sums: bandSums[index] ?? {},
    })),
    below: { rows: cut.counts.below, sums: outside.below },
    above: { rows: cut.counts.above, sums: outside.above },
    missing: { rows: cut.counts.missing, sums: outside.missing },
  };
}
