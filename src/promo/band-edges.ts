import { CoreError } from "../errors";

/**
 * Throws unless `edges` are at least two finite numbers in strictly ascending order (pandas.cut raises
 * "bins must increase monotonically" and "Bin edges must be unique" for the same inputs).
 *
 * `subject`, when given, leads the messages (a door passes the name the user knows, such as the flag "--edges");
 * the details say which edge is at fault: argument "edges", row = its zero-based index, value = the edge and,
 * for a descending edge, bound = the edge before it.
 *
 * @throws CoreError BAND_EDGES_TOO_FEW, BAND_EDGE_NOT_FINITE, BAND_EDGES_DUPLICATE, BAND_EDGES_NOT_ASCENDING
 */
export function validateBandEdges(edges: readonly number[], subject?: string): void {
  if (edges.length < 2) {
    throw new CoreError(
      "BAND_EDGES_TOO_FEW",
      `${lead(subject)}At least two band edges are needed (got ${edges.length})`,
      {
        argument: "edges",
        value: edges.length,
        bound: 2,
      },
    );
  }
  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index] as number;
    if (typeof edge !== "number" || !Number.isFinite(edge)) {
      throw new CoreError(
        "BAND_EDGE_NOT_FINITE",
        `${lead(subject)}Band edge ${index + 1} is not a finite number`,
        {
          argument: "edges",
          row: index,
          value: String(edge),
        },
      );
    }
    if (index === 0) continue;
    const previous = edges[index - 1] as number;
    if (edge === previous) {
      throw new CoreError(
        "BAND_EDGES_DUPLICATE",
        `${lead(subject)}Band edge ${edge} appears twice (edges ${index} and ${index + 1})`,
        { argument: "edges", row: index, value: edge },
      );
    }
    if (edge < previous) {
      throw new CoreError(
        "BAND_EDGES_NOT_ASCENDING",
        `${lead(subject)}Band edges must ascend (edge ${index + 1}, ${edge}, is below ${previous})`,
        { argument: "edges", row: index, value: edge, bound: previous },
      );
    }
  }
}

/** More edges than this is a typo in the step, not a banding. */
const MAX_STEPPED_EDGES = 10_000;

/**
 * Band edges start, start + step, … up to and including stop (when reached exactly), computed on scaled
 * integers so decimal steps do not drift: 0.15 … 1 by 0.05 gives exactly 0.3 (not numpy.arange's
 * 0.30000000000000004) and ends at exactly 1. Each edge is k / 10^d for an integer k, the double nearest the
 * decimal value. A stop that is not on the grid ends the edges at the last grid point below it.
 *
 * Cost: O((stop − start) / step).
 *
 * `subject`, when given, leads the messages, as in validateBandEdges: a door passes what the user gave (the command
 * line's "--edges"), so its message is right as it stands. `details.argument` names the parameter at fault
 * ("start", "stop" or "step") and `details.value` its value.
 *
 * @throws CoreError BAND_STEP_NOT_FINITE, BAND_STEP_NOT_POSITIVE, BAND_STOP_NOT_ABOVE_START, BAND_EDGES_TOO_MANY, BAND_EDGES_TOO_FEW
 * @example
 * const edges = bandEdgesFromStep(0.15, 1, 0.05);
 * edges.length // 18
 * edges.slice(0, 4) // [0.15, 0.2, 0.25, 0.3]
 * edges[3] === 0.3 // true (numpy.arange gives 0.30000000000000004)
 * edges.at(-1) // 1
 * @example bandEdgesFromStep(0, 400, 200) // [0, 200, 400]
 */
export function bandEdgesFromStep(start: number, stop: number, step: number, subject?: string): number[] {
  const notFinite = (["start", "stop", "step"] as const).find(
    (name) => !Number.isFinite({ start, stop, step }[name]),
  );
  if (notFinite !== undefined) {
    throw new CoreError(
      "BAND_STEP_NOT_FINITE",
      `${lead(subject)}The band start, stop and step must be finite numbers`,
      {
        argument: notFinite,
        value: String({ start, stop, step }[notFinite]),
      },
    );
  }
  if (step <= 0) {
    throw new CoreError(
      "BAND_STEP_NOT_POSITIVE",
      `${lead(subject)}The band step must be above 0 (got ${step})`,
      {
        argument: "step",
        value: step,
      },
    );
  }
  if (stop <= start) {
    throw new CoreError(
      "BAND_STOP_NOT_ABOVE_START",
      `${lead(subject)}The band stop must be above the start (got ${start} … ${stop})`,
      { argument: "stop", value: stop, bound: start },
    );
  }
  const decimals = Math.max(decimalPlaces(start), decimalPlaces(stop), decimalPlaces(step));
  const scale = 10 ** decimals;
  const startScaled = Math.round(start * scale);
  const stopScaled = Math.round(stop * scale);
  const stepScaled = Math.round(step * scale);
  const count = Math.floor((stopScaled - startScaled) / stepScaled) + 1;
  if (count > MAX_STEPPED_EDGES) {
    throw new CoreError(
      "BAND_EDGES_TOO_MANY",
      `${lead(subject)}${count} band edges is more than ${MAX_STEPPED_EDGES} (check the step)`,
      { argument: "step", value: step, bound: MAX_STEPPED_EDGES },
    );
  }
  const edges: number[] = [];
  for (let k = 0; k < count; k++) edges.push((startScaled + k * stepScaled) / scale);
  if (edges.length < 2) {
    throw new CoreError(
      "BAND_EDGES_TOO_FEW",
      `${lead(subject)}The band step ${step} is larger than stop − start`,
      {
        argument: "step",
        value: step,
        bound: stop - start,
      },
    );
  }
  return edges;
}

/** Decimal places of a number's shortest text ("0.05" → 2, "1e-7" → 7, "200" → 0). */
function decimalPlaces(value: number): number {
  const text = String(Math.abs(value));
  const [mantissa = "", exponentText] = text.split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  return Math.max(0, fraction.length - exponent);
}

/** "<subject>: " when a door named what the user gave, else nothing: the message stands on its own. */
function lead(subject: string | undefined): string {
  return subject === undefined ? "" : `${subject}: `;
}
