import { CoreError } from "../errors";

export interface NelderMeadOptions {
  /** Edge length of each fresh simplex, per coordinate. @default 0.5 */
  readonly initialStep: number;
  /** A start ends when the simplex's values differ by at most this × (1 + |best|). @default 1e-12 */
  readonly functionTolerance: number;
  /** …and every vertex is within this distance (per coordinate) of the best one. @default 1e-8 */
  readonly pointTolerance: number;
  /** Iteration cap per start. @default 2000 */
  readonly maxIterationsPerStart: number;
  /** Starts in all: the first, then restarts from the best point until one no longer improves it. @default 6 */
  readonly maxStarts: number;
  /** Box constraints: points are projected onto them before every evaluation. @default unbounded */
  readonly lowerBounds?: readonly number[];
  readonly upperBounds?: readonly number[];
}

export interface NelderMeadResult {
  readonly point: readonly number[];
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly starts: number;
  /** The last start met both tolerances and improved on the previous start by no more than the tolerance. */
  readonly converged: boolean;
}

const DEFAULTS: NelderMeadOptions = {
  initialStep: 0.5,
  functionTolerance: 1e-12,
  pointTolerance: 1e-8,
  maxIterationsPerStart: 2000,
  maxStarts: 6,
};

/**
 * Minimises `objective` by the Nelder-Mead simplex method (Nelder & Mead 1965; reflection 1, expansion 2,
 * contraction ½, shrink ½, as in Lagarias et al. 1998) with restarts: after a start converges, a fresh
 * simplex is built around its best point, which guards against the method's known stalls on a collapsed
 * simplex. Non-finite objective values count as +∞. Deterministic (no randomness).
 *
 * Cost: O(iterations × (evaluation + d)) for d dimensions.
 *
 * @throws CoreError OPTIMISER_START_INVALID (empty or non-finite start, bounds of another length or crossed)
 * @example minimizeNelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).point // [1.0000, -2.0000]
 */
export function minimizeNelderMead(
  objective: (point: readonly number[]) => number,
  start: readonly number[],
  options: Partial<NelderMeadOptions> = {},
): NelderMeadResult {
  const settings: NelderMeadOptions = { ...DEFAULTS, ...options };
  const lower = settings.lowerBounds ?? start.map(() => -Infinity);
  const upper = settings.upperBounds ?? start.map(() => Infinity);
  validateStart(start, lower, upper);
  const project = (point: readonly number[]): number[] =>
    point.map((value, index) => Math.min(upper[index] as number, Math.max(lower[index] as number, value)));
  let evaluations = 0;
  const evaluate = (point: readonly number[]): number => {
    evaluations++;
    const value = objective(point);
    return Number.isFinite(value) ? value : Infinity;
  };
  let best = project(start);
  let bestValue = evaluate(best);
  let iterations = 0;
  let converged = false;
  let starts = 0;
  while (starts < settings.maxStarts) {
    starts++;
    const run = runSimplex(evaluate, project, best, settings);
    iterations += run.iterations;
    const improvement = bestValue - run.value;
    const noBetter = improvement <= settings.functionTolerance * (1 + Math.abs(run.value));
    if (run.value <= bestValue) {
      best = run.point;
      bestValue = run.value;
    }
    if (run.converged && starts > 1 && noBetter) {
      converged = true;
      break;
    }
  }
  return { point: best, value: bestValue, iterations, evaluations, starts, converged };
}

interface Vertex {
  point: number[];
  value: number;
}

function runSimplex(
  evaluate: (point: readonly number[]) => number,
  project: (point: readonly number[]) => number[],
  origin: readonly number[],
  settings: NelderMeadOptions,
): { point: number[]; value: number; iterations: number; converged: boolean } {
  const dimension = origin.length;
  const vertexAt = (point: readonly number[]): Vertex => {
    const projected = project(point);
    return { point: projected, value: evaluate(projected) };
  };
  const simplex: Vertex[] = [vertexAt(origin)];
  for (let axis = 0; axis < dimension; axis++) {
    simplex.push(
      vertexAt(origin.map((value, index) => (index === axis ? value + settings.initialStep : value))),
    );
  }
  const along = (from: readonly number[], to: readonly number[], factor: number): number[] =>
    from.map((value, index) => value + factor * ((to[index] as number) - value));
  for (let iteration = 1; iteration <= settings.maxIterationsPerStart; iteration++) {
    simplex.sort((left, right) => left.value - right.value);
    const bestVertex = simplex[0] as Vertex;
    const worst = simplex[dimension] as Vertex;
    if (isConverged(simplex, settings)) return { ...bestVertex, iterations: iteration - 1, converged: true };
    const centroid = new Array<number>(dimension).fill(0);
    for (let index = 0; index < dimension; index++) {
      (simplex[index] as Vertex).point.forEach(
        (value, axis) => (centroid[axis] = (centroid[axis] as number) + value / dimension),
      );
    }
    const reflected = vertexAt(along(centroid, worst.point, -1));
    const secondWorst = (simplex[dimension - 1] as Vertex).value;
    if (reflected.value < bestVertex.value) {
      const expanded = vertexAt(along(centroid, worst.point, -2));
      simplex[dimension] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < secondWorst) {
      simplex[dimension] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      const contracted = vertexAt(along(centroid, worst.point, outside ? -0.5 : 0.5));
      if (contracted.value < (outside ? reflected.value : worst.value)) {
        simplex[dimension] = contracted;
      } else {
        for (let index = 1; index <= dimension; index++) {
          simplex[index] = vertexAt(along(bestVertex.point, (simplex[index] as Vertex).point, 0.5));
        }
      }
    }
  }
  simplex.sort((left, right) => left.value - right.value);
  return { ...(simplex[0] as Vertex), iterations: settings.maxIterationsPerStart, converged: false };
}

function isConverged(sortedSimplex: readonly Vertex[], settings: NelderMeadOptions): boolean {
  const best = sortedSimplex[0] as Vertex;
  const worst = sortedSimplex[sortedSimplex.length - 1] as Vertex;
  if (!(worst.value - best.value <= settings.functionTolerance * (1 + Math.abs(best.value)))) return false;
  return sortedSimplex.every((vertex) =>
    vertex.point.every(
      (value, axis) => Math.abs(value - (best.point[axis] as number)) <= settings.pointTolerance,
    ),
  );
}

function validateStart(start: readonly number[], lower: readonly number[], upper: readonly number[]): void {
  const problem =
    start.length === 0
      ? "an empty start point"
      : !start.every(Number.isFinite)
        ? "a non-finite start coordinate"
        : lower.length !== start.length || upper.length !== start.length
          ? "bounds of another length than the start"
          : lower.some((bound, index) => !(bound <= (upper[index] as number)))
            ? "a lower bound above its upper bound"
            : undefined;
  if (problem !== undefined) {
    throw new CoreError("OPTIMISER_START_INVALID", `The model fit cannot start from ${problem}`);
  }
}
