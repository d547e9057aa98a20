import { bandOfChecked, bandsOf, type Band, type BandAssignment, type CutOptions } from "./band-cut";
import type { NumberCell } from "./cells";

/** Row counts per band and outside every band. */
export interface CutCounts {
  readonly perBand: readonly number[];
  readonly below: number;
  readonly above: number;
  readonly missing: number;
}

export interface CutResult {
  readonly bands: readonly Band[];
  /** One entry per input value. */
  readonly assignments: readonly BandAssignment[];
  readonly counts: CutCounts;
}

/**
 * pandas.cut for a column: each value's band (see bandOfChecked for the rule) plus the counts per band and of
 * values below, above and blank, so values outside every band are shown rather than dropped.
 *
 * Cost: O(n log edges).
 *
 * @throws CoreError the codes of bandsOf (invalid edges or labels)
 * @example cutValues([0, 200, 201, null], [0, 200, 400]).counts // { perBand: [2, 1], below: 0, above: 0, missing: 1 }
 */
export function cutValues(
  values: readonly NumberCell[],
  edges: readonly number[],
  options: CutOptions = {},
): CutResult {
  const bands = bandsOf(edges, options);
  const perBand = new Array<number>(bands.length).fill(0);
  let below = 0;
  let above = 0;
  let missing = 0;
  const assignments = values.map((value) => {
    const assignment = bandOfChecked(value, edges, options);
    if (assignment.kind === "band") perBand[assignment.index] = (perBand[assignment.index] ?? 0) + 1;
    else if (assignment.kind === "below") below++;
    else if (assignment.kind === "above") above++;
    else missing++;
    return assignment;
  });
  return { bands, assignments, counts: { perBand, below, above, missing } };
}
