import { quantileSorted } from "simple-statistics";
import { CoreError } from "../errors";

/** One bar of the purchase-cycle histogram: members whose cycle is lowerDays..upperDays (both inclusive). */
export interface CycleHistogramBin {
  readonly lowerDays: number;
  readonly upperDays: number;
  readonly members: number;
  /** members / all members with a cycle. */
  readonly memberShare: number;
  /** True for the last bar collecting the long tail above the 95th percentile ("≥ lowerDays"). */
  readonly openEnded: boolean;
}

export interface CycleHistogramOptions {
  /** Width of a bar in days; a positive integer. @default the smallest "nice" width giving at most maxBins bars */
  readonly binWidthDays?: number;
  /** Upper limit on regular bars when the width is chosen automatically. @default 20 */
  readonly maxBins?: number;
}

/** Widths a reader takes in at a glance: days, a week, a fortnight, a month, a quarter, a year. */
const NICE_WIDTHS_DAYS = [1, 2, 5, 7, 10, 14, 30, 60, 90, 180, 365];

/**
 * Histogram of cycle lengths in whole days. Regular bars of equal width start at a multiple of the width at
 * or below the shortest cycle and reach the 95th percentile (R type 7, rounded up); the cycles above the last
 * regular bar, if any, form one open-ended bar, so a long tail does not squash the bars where most members
 * are. Without an explicit width, the width is the first of 1, 2, 5, 7, 10, 14, 30, 60, 90, 180, 365 days
 * giving at most `maxBins` regular bars (beyond that, whole years). Cost: O(n log n).
 *
 * @throws CoreError EMPTY_SAMPLE (no cycles), VALUE_NOT_FINITE, BIN_WIDTH_INVALID, MAX_BINS_INVALID
 * @example cycleHistogram([1, 3, 8], { binWidthDays: 5 }).map((bin) => [bin.lowerDays, bin.upperDays, bin.members])
 * // [[0, 4, 2], [5, 9, 1]]
 */
export function cycleHistogram(
  cycleDays: readonly number[],
  options: CycleHistogramOptions = {},
): CycleHistogramBin[] {
  const maxBins = options.maxBins ?? 20;
  if (!Number.isInteger(maxBins) || maxBins < 1) {
    throw new CoreError("MAX_BINS_INVALID", "The number of histogram bins must be a positive whole number");
  }
  if (cycleDays.length === 0) throw new CoreError("EMPTY_SAMPLE", "At least one purchase cycle is needed");
  if (!cycleDays.every(Number.isFinite)) {
    throw new CoreError("VALUE_NOT_FINITE", "A purchase cycle length is not a finite number");
  }
  const sorted = Array.from(Float64Array.from(cycleDays).sort());
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const limit = Math.ceil(quantileSorted(sorted, 0.95));
  const width = options.binWidthDays ?? autoWidth(min, limit, maxBins);
  if (!Number.isInteger(width) || width < 1) {
    throw new CoreError(
      "BIN_WIDTH_INVALID",
      "The histogram bin width must be a positive whole number of days",
    );
  }
  const start = Math.floor(min / width) * width;
  const regularBins = Math.floor((limit - start) / width) + 1;
  const counts = new Array<number>(regularBins + 1).fill(0);
  for (const days of sorted) {
    const index = Math.min(Math.floor((days - start) / width), regularBins);
    counts[index] = (counts[index] as number) + 1;
  }
  const bins: CycleHistogramBin[] = [];
  for (let index = 0; index < regularBins; index++) {
    const lowerDays = start + index * width;
    const members = counts[index] as number;
    bins.push({
      lowerDays,
      upperDays: lowerDays + width - 1,
      members,
      memberShare: members / sorted.length,
      openEnded: false,
    });
  }
  const tailMembers = counts[regularBins] as number;
  if (tailMembers > 0) {
    const lowerDays = start + regularBins * width;
    bins.push({
      lowerDays,
      upperDays: max,
      members: tailMembers,
      memberShare: tailMembers / sorted.length,
      openEnded: true,
    });
  }
  return bins;
}

function autoWidth(min: number, limit: number, maxBins: number): number {
  const binsFor = (width: number): number =>
    Math.floor((limit - Math.floor(min / width) * width) / width) + 1;
  const nice = NICE_WIDTHS_DAYS.find((width) => binsFor(width) <= maxBins);
  if (nice !== undefined) return nice;
  let years = 2;
  while (binsFor(years * 365) > maxBins) years++;
  return years * 365;
}
