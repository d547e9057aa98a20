import { minimizeNelderMead, type NelderMeadOptions } from "./nelder-mead";
import { euclideanNorm, numericalGradient } from "./numerical-gradient";
import type { ClvWarning, FitDiagnostics } from "./types";

/** Every model parameter is kept in [1e-6, 1e6]; a maximum on that edge is reported, not hidden. */
export const PARAMETER_LOWER_BOUND = 1e-6;
export const PARAMETER_UPPER_BOUND = 1e6;
/** A parameter within 0.1 % (in ln θ: 1e-3) of a bound counts as on it: the optimiser was running off to it. */
const BOUND_MARGIN = 1e-3;
/** Largest ‖∂LL/∂ln θ‖ (free parameters only) accepted as a maximum. */
export const GRADIENT_TOLERANCE = 1e-2;

/** Optimiser settings a caller may tighten or loosen (bounds are fixed: see PARAMETER_LOWER_BOUND). */
export type OptimiserOptions = Partial<Omit<NelderMeadOptions, "lowerBounds" | "upperBounds">>;

export interface MaximumLikelihoodResult extends FitDiagnostics {
  readonly params: readonly number[];
}

/**
 * Maximises a log-likelihood over positive parameters: Nelder-Mead with restarts on θ = ln(parameter)
 * (so positivity needs no constraint and scales of 0.2 and 15 are treated alike), bounded to
 * [ln 1e-6, ln 1e6]. Convergence is reported honestly: `converged` needs the optimiser's tolerances, a restart
 * that found nothing better, a gradient norm (central differences in θ, parameters on a bound left out)
 * of at most 1e-2, and no parameter on a bound; otherwise `converged` is false and a warning says why.
 *
 * Cost: O(evaluations × cost of one log-likelihood); typically a few thousand evaluations.
 *
 * @example maximizeLogLikelihood(([rate]) => 3 * Math.log(rate as number) - 2 * (rate as number), [1], ["rate"]).params // [1.5000]
 */
export function maximizeLogLikelihood(
  logLikelihood: (params: readonly number[]) => number,
  startParams: readonly number[],
  names: readonly string[],
  optimiser: OptimiserOptions = {},
): MaximumLikelihoodResult {
  const lowerLog = Math.log(PARAMETER_LOWER_BOUND);
  const upperLog = Math.log(PARAMETER_UPPER_BOUND);
  const clampLog = (value: number): number => Math.min(upperLog, Math.max(lowerLog, value));
  const negativeLogLikelihood = (logParams: readonly number[]): number =>
    -logLikelihood(logParams.map(Math.exp));
  const run = minimizeNelderMead(
    negativeLogLikelihood,
    startParams.map((value) => clampLog(Math.log(value))),
    {
      lowerBounds: startParams.map(() => lowerLog),
      upperBounds: startParams.map(() => upperLog),
      pointTolerance: 1e-7,
      ...optimiser,
    },
  );
  const atBound = run.point.map(
    (value) => value <= lowerLog + BOUND_MARGIN || value >= upperLog - BOUND_MARGIN,
  );
  const gradient = numericalGradient(
    (logParams) => -negativeLogLikelihood(logParams.map(clampLog)),
    run.point,
  );
  const gradientNorm = euclideanNorm(gradient.filter((_, index) => !atBound[index]));
  const warnings: ClvWarning[] = [];
  if (!run.converged) {
    warnings.push({
      code: "NOT_CONVERGED",
      message: `Nelder-Mead did not converge in ${run.starts} starts (${run.iterations} iterations); the parameters are the best found`,
    });
  }
  const gradientSmall = gradientNorm <= GRADIENT_TOLERANCE;
  if (!gradientSmall) {
    warnings.push({
      code: "GRADIENT_NOT_SMALL",
      message: `gradient norm ${gradientNorm.toPrecision(3)} at the optimum is above ${GRADIENT_TOLERANCE}: not a clean maximum`,
    });
  }
  atBound.forEach((onBound, index) => {
    if (onBound) {
      warnings.push({
        code: "PARAMETER_AT_BOUND",
        message: `parameter ${names[index] ?? index} reached its bound (${Math.exp(run.point[index] as number).toPrecision(3)}): the data do not identify it`,
      });
    }
  });
  return {
    params: run.point.map(Math.exp),
    logLikelihood: -run.value,
    converged: run.converged && gradientSmall && !atBound.includes(true),
    iterations: run.iterations,
    evaluations: run.evaluations,
    gradientNorm,
    warnings,
  };
}
