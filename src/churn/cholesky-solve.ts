/**
 * Solves A x = b for a symmetric positive definite A (size × size, row-major) by Cholesky factorisation
 * A = L Lᵀ, then forward and back substitution (Golub & Van Loan, Matrix Computations, §4.2). The Newton
 * steps of the churn model solve at most 10 × 10 systems, so a library would add nothing.
 *
 * Cost: O(size³ / 3).
 *
 * @returns x, or null when A is not numerically positive definite (a pivot ≤ 0)
 * @example choleskySolve(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1), 2) // Float64Array [0.5, 0]
 */
export function choleskySolve(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row * size + column] as number;
      for (let k = 0; k < column; k++) {
        sum -= (lower[row * size + k] as number) * (lower[column * size + k] as number);
      }
      if (row === column) {
        if (!(sum > 0)) return null;
        lower[row * size + row] = Math.sqrt(sum);
      } else {
        lower[row * size + column] = sum / (lower[column * size + column] as number);
      }
    }
  }
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row++) {
    let sum = rhs[row] as number;
    for (let k = 0; k < row; k++) sum -= (lower[row * size + k] as number) * (forward[k] as number);
    forward[row] = sum / (lower[row * size + row] as number);
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row--) {
    let sum = forward[row] as number;
    for (let k = row + 1; k < size; k++) sum -= (lower[k * size + row] as number) * (solution[k] as number);
    solution[row] = sum / (lower[row * size + row] as number);
  }
  return solution;
}
