/**
 * Gradient of `objective` at `point` by central differences, step h·max(1, |xᵢ|) with h = 1e-5 (about the
 * cube root of machine epsilon, which balances truncation and rounding error for a central difference).
 * Used to report how flat the log-likelihood is where an optimiser stopped.
 *
 * Cost: 2d evaluations for d dimensions.
 *
 * @example numericalGradient(([x = 0, y = 0]) => x * x + 3 * y, [2, 0]) // [4.0000, 3.0000]
 */
export function numericalGradient(
  objective: (point: readonly number[]) => number,
  point: readonly number[],
): number[] {
  return point.map((value, axis) => {
    const step = 1e-5 * Math.max(1, Math.abs(value));
    const above = point.map((coordinate, index) => (index === axis ? value + step : coordinate));
    const below = point.map((coordinate, index) => (index === axis ? value - step : coordinate));
    return (objective(above) - objective(below)) / (2 * step);
  });
}

/** Euclidean norm of a vector. @example euclideanNorm([3, 4]) // 5 */
export function euclideanNorm(vector: readonly number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}
