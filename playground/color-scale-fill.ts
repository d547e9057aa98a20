import { formatAddress, parseAddress, type CellRect } from "../taskpane/excel/a1-address";
import type { ColorScaleCriterionModel, SheetInspector } from "./simulator";

/** Fallback colours when a criterion has none or not as "#RRGGBB": Excel's red, yellow and green. */
const FALLBACK = { minimum: "#F8696B", midpoint: "#FFEB84", maximum: "#63BE7B" } as const;

interface Stop {
  readonly value: number;
  readonly rgb: readonly [number, number, number];
}

/**
 * How the playground's grid shades colour-scale ranges recorded on a simulated sheet: per range, the points of
 * its criteria are placed over the range's numeric cells (lowest / highest value, a number, a percent of the
 * span, or a percentile, R type 7 = Excel PERCENTILE.INC), and each numeric cell gets the colour interpolated in
 * RGB between the points around it (clamped at the ends). Text and blank cells stay unshaded; a later format
 * wins over an earlier one. "Formula" points are not evaluated: such a range is not shaded.
 *
 * Cost: O(cells of the colour-scale ranges · log) once; each lookup O(1).
 * @example colorScaleFills(sheet)(3, 1) // "#F8696B" for the lowest cell of a red-yellow-green range
 */
export function colorScaleFills(
  sheet: Pick<SheetInspector, "conditionalFormats" | "values">,
): (row: number, column: number) => string | undefined {
  const fills = new Map<string, string>();
  for (const format of sheet.conditionalFormats) {
    if (format.type !== "ColorScale" || format.criteria === null) continue;
    const rect = parseAddress(format.address).rect;
    const grid = sheet.values(formatAddress(rect));
    const numbers = grid.flat().filter((value): value is number => typeof value === "number");
    if (numbers.length === 0) continue;
    numbers.sort((a, b) => a - b);
    const { minimum, midpoint, maximum } = format.criteria;
    const points = [
      stop(minimum, numbers, FALLBACK.minimum),
      ...(midpoint === undefined ? [] : [stop(midpoint, numbers, FALLBACK.midpoint)]),
      stop(maximum, numbers, FALLBACK.maximum),
    ];
    if (points.some((point) => point === null)) continue;
    shade(grid, rect, points as Stop[], fills);
  }
  return (row, column) => fills.get(`${row},${column}`);
}

function shade(
  grid: readonly (readonly unknown[])[],
  rect: CellRect,
  stops: readonly Stop[],
  fills: Map<string, string>,
) {
  grid.forEach((line, rowOffset) =>
    line.forEach((value, columnOffset) => {
      if (typeof value !== "number") return;
      fills.set(`${rect.startRow + rowOffset},${rect.startColumn + columnOffset}`, colourAt(value, stops));
    }),
  );
}

function stop(criterion: ColorScaleCriterionModel, sorted: readonly number[], fallback: string): Stop | null {
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  const number = Number(criterion.formula);
  const values: Record<string, number> = {
    LowestValue: low,
    HighestValue: high,
    Number: number,
    Percent: low + ((high - low) * number) / 100,
    Percentile: percentile(sorted, number / 100),
  };
  const value = values[criterion.type];
  if (value === undefined || !Number.isFinite(value)) return null;
  return { value, rgb: rgbOf(criterion.color) ?? (rgbOf(fallback) as [number, number, number]) };
}

/** R type 7 (Excel PERCENTILE.INC) of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = sorted[Math.floor(h)] ?? Number.NaN;
  const above = sorted[Math.ceil(h)] ?? Number.NaN;
  return below + (h - Math.floor(h)) * (above - below);
}

/** The colour of a value: interpolated in RGB within the pair of points around it (there are 2 or 3 points). */
function colourAt(value: number, stops: readonly Stop[]): string {
  let index = 0;
  while (index < stops.length - 2 && value > (stops[index + 1] as Stop).value) index++;
  const from = stops[index] as Stop;
  const to = stops[index + 1] as Stop;
  const span = to.value - from.value;
  const t = span <= 0 ? (value >= to.value ? 1 : 0) : Math.min(1, Math.max(0, (value - from.value) / span));
  const rgb = from.rgb.map((channel, at) => Math.round(channel + t * ((to.rgb[at] ?? channel) - channel)));
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

function rgbOf(color: string | undefined): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (match === null) return null;
  return [1, 2, 3].map((group) => parseInt(match[group] as string, 16)) as [number, number, number];
}
