import { CoreError } from "../errors";
import { validateBandEdges } from "./band-edges";

/** Which end of each interval is closed: "right" = (a, b] (pandas right=True), "left" = [a, b). */
export type BandClosed = "right" | "left";

export interface CutOptions {
  /** @default "right" */
  readonly closed?: BandClosed;
  /**
   * Right-closed only: the first interval also takes its lower edge, [a, b] (pandas include_lowest=True).
   * With closed "left" it changes nothing, exactly as in pandas (1.5.3): the last interval stays [a, b), so a
   * value equal to the top edge is above every band.
   * @default true (pandas' default is false; the promotion study cut with include_lowest=True)
   */
  readonly includeLowest?: boolean;
  /** One label per band; default labels are "(0, 200]", "[0, 200]" (lowest included) or "[0, 200)". */
  readonly labels?: readonly string[];
}

/** One interval of a banding. */
export interface Band {
  readonly index: number;
  readonly label: string;
  readonly lower: number;
  readonly upper: number;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
}

/** Where one value falls: in a band, below the first, above the last, or blank (null / NaN). */
export type BandAssignment =
  | { readonly kind: "band"; readonly index: number }
  | { readonly kind: "below" }
  | { readonly kind: "above" }
  | { readonly kind: "missing" };

const BELOW: BandAssignment = Object.freeze({ kind: "below" });
const ABOVE: BandAssignment = Object.freeze({ kind: "above" });
const MISSING: BandAssignment = Object.freeze({ kind: "missing" });

/**
 * The bands of a set of edges with pandas.cut's closure rules and their labels.
 *
 * @throws CoreError BAND_EDGES_TOO_FEW, BAND_EDGE_NOT_FINITE, BAND_EDGES_DUPLICATE, BAND_EDGES_NOT_ASCENDING,
 *   BAND_LABELS_LENGTH_MISMATCH, BAND_LABELS_DUPLICATE
 * @example bandsOf([0, 200, 400]).map((band) => band.label) // ["[0, 200]", "(200, 400]"]
 * @example bandsOf([0, 200, 400], { includeLowest: false }).map((band) => band.label) // ["(0, 200]", "(200, 400]"]
 */
export function bandsOf(edges: readonly number[], options: CutOptions = {}): Band[] {
  validateBandEdges(edges);
  const right = (options.closed ?? "right") === "right";
  const includeLowest = options.includeLowest ?? true;
  const bandCount = edges.length - 1;
  const labels = options.labels;
  if (labels !== undefined) {
    if (labels.length !== bandCount) {
      throw new CoreError(
        "BAND_LABELS_LENGTH_MISMATCH",
        `${bandCount} band labels are needed for ${edges.length} band edges (got ${labels.length})`,
      );
    }
    if (new Set(labels).size !== labels.length) {
      throw new CoreError("BAND_LABELS_DUPLICATE", "The band labels must differ from each other");
    }
  }
  const bands: Band[] = [];
  for (let index = 0; index < bandCount; index++) {
    const lower = edges[index] as number;
    const upper = edges[index + 1] as number;
    const lowerClosed = !right || (index === 0 && includeLowest);
    const label =
      labels?.[index] ??
      `${lowerClosed ? "[" : "("}${formatEdge(lower)}, ${formatEdge(upper)}${right ? "]" : ")"}`;
    bands.push({ index, label, lower, upper, lowerClosed, upperClosed: right });
  }
  return bands;
}

/**
 * The band a value falls in, by pandas.cut's rule (pandas 1.5.3 `_bins_to_cuts`): right-closed bands take
 * the value when lower < value ≤ upper, left-closed when lower ≤ value < upper; include_lowest puts a value
 * equal to the first edge into the first band. Blanks (null, NaN) are "missing"; ±Infinity is below/above.
 * `edges` must already be valid (see validateBandEdges) — use cutValues for checked input.
 *
 * Cost: O(log edges).
 *
 * @example bandOfChecked(200, [0, 200, 400], {}) // { kind: "band", index: 0 }
 * @example bandOfChecked(200, [0, 200, 400], { closed: "left" }) // { kind: "band", index: 1 }
 */
export function bandOfChecked(
  value: number | null,
  edges: readonly number[],
  options: CutOptions,
): BandAssignment {
  if (value === null || Number.isNaN(value)) return MISSING;
  const right = (options.closed ?? "right") === "right";
  const first = edges[0] as number;
  if (right && value === first && (options.includeLowest ?? true)) return { kind: "band", index: 0 };
  // Right-closed: count edges < value (searchsorted side="left"); left-closed: edges ≤ value (side="right").
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const edge = edges[middle] as number;
    if (right ? edge < value : edge <= value) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return BELOW;
  if (low === edges.length) return ABOVE;
  return { kind: "band", index: low - 1 };
}

/** An edge as its shortest decimal text: 200 → "200", 0.15 → "0.15". */
export function formatEdge(edge: number): string {
  return String(edge);
}
