import { CoreError } from "../errors";
import { choleskySolve } from "./cholesky-solve";
import { evaluate } from "./logistic-objective";

export { logistic } from "./logistic-function";

export interface LogisticOptions {
  /** Inverse penalty strength, scikit-learn's C. @default 1 */
  readonly inverseRegularization?: number;
  /** @default 100 */
  readonly maxIterations?: number;
  /** Converged when a Newton step changes no coefficient by more than this. @default 1e-10 */
  readonly stepTolerance?: number;
}

export const LOGISTIC_DEFAULTS = {
  inverseRegularization: 1,
  maxIterations: 100,
  stepTolerance: 1e-10,
} as const satisfies LogisticOptions;

export interface LogisticFit {
  readonly intercept: number;
  /** One weight per column of the design matrix. */
  readonly weights: readonly number[];
  readonly converged: boolean;
  /** Newton iterations taken. */
  readonly iterations: number;
  /** Largest absolute component of the objective's gradient at the result (0 at the exact optimum). */
  readonly gradientNorm: number;
  /** The objective ½‖w‖² + C Σ log-loss at the result. */
  readonly objective: number;
}

/**
 * L2-penalised logistic regression with scikit-learn's objective: minimise ½‖w‖² + C Σᵢ [ln(1 + e^ηᵢ) − yᵢηᵢ],
 * ηᵢ = b + xᵢ·w, with the intercept b not penalised (LogisticRegression(penalty="l2", C) with the lbfgs,
 * newton-cg or newton-cholesky solvers; scikit-learn.org, "Logistic regression", user guide §1.1.11).
 * Fitted by Newton's method, i.e. iteratively reweighted least squares: the gradient and Hessian
 * (C Xᵀ diag(p(1 − p)) X plus the identity on the weights) are exact, each step solves the (d + 1)-square
 * system by Cholesky, and a backtracking (Armijo) line search keeps every step a descent. The objective is
 * strictly convex, so the optimum is unique and Newton converges quadratically near it: 6-8 iterations on
 * CDNOW's 16,499 training members.
 *
 * Cost: O(iterations × rows × d²).
 *
 * @param design rows × columns values, row-major (standardised features)
 * @param labels 0 or 1 per row
 * @throws CoreError MATRIX_SHAPE_INVALID (design size not rows × columns), INVALID_OPTION (C not above 0)
 * @example fitLogisticL2(Float64Array.of(-1, 1), Uint8Array.of(0, 1), 1).weights[0] // 0.67483 (the root of w(1 + e^w) = 2)
 */
export function fitLogisticL2(
  design: Float64Array,
  labels: Uint8Array,
  columns: number,
  options: LogisticOptions = {},
): LogisticFit {
  const settings = { ...LOGISTIC_DEFAULTS, ...options };
  const rows = labels.length;
  const size = columns + 1;
  if (design.length !== rows * columns) {
    throw new CoreError(
      "MATRIX_SHAPE_INVALID",
      `The model's data has ${design.length} values, not ${rows} × ${columns}`,
    );
  }
  if (!(settings.inverseRegularization > 0)) {
    throw new CoreError("INVALID_OPTION", "The model's regularisation strength must be above 0", {
      argument: "C",
    });
  }
  const problem = { design, labels, rows, columns, c: settings.inverseRegularization };
  let beta = new Float64Array(size);
  let current = evaluate(problem, beta, true);
  let iterations = 0;
  let converged = false;
  while (iterations < settings.maxIterations && !converged) {
    iterations++;
    const step = choleskySolve(current.hessian, current.gradient, size);
    if (step === null) break;
    const slope = current.gradient.reduce((sum, value, index) => sum + value * (step[index] as number), 0);
    let length = 1;
    let candidate = beta.map((value, index) => value - (step[index] as number));
    let next = evaluate(problem, candidate, false);
    while (next.objective > current.objective - 1e-4 * length * slope && length > 1e-10) {
      length /= 2;
      candidate = beta.map((value, index) => value - length * (step[index] as number));
      next = evaluate(problem, candidate, false);
    }
    const change = step.reduce((largest, value) => Math.max(largest, Math.abs(length * value)), 0);
    beta = candidate;
    current = evaluate(problem, beta, true);
    converged = change <= settings.stepTolerance;
  }
  return {
    intercept: beta[0] as number,
    weights: Array.from(beta.subarray(1)),
    converged,
    iterations,
    gradientNorm: current.gradient.reduce((largest, value) => Math.max(largest, Math.abs(value)), 0),
    objective: current.objective,
  };
}
