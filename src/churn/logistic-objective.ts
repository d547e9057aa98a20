import { logistic } from "./logistic-function";

/** The fitting problem: design (rows × columns, row-major), 0/1 labels and scikit-learn's C. */
export interface Problem {
  readonly design: Float64Array;
  readonly labels: Uint8Array;
  readonly rows: number;
  readonly columns: number;
  readonly c: number;
}

export interface Evaluation {
  readonly objective: number;
  readonly gradient: Float64Array;
  readonly hessian: Float64Array;
}

/**
 * The objective, and with `derivatives` its gradient and Hessian, at β = (b, w). The Hessian's lower triangle
 * is summed row by row straight from the design (no per-row copy) and mirrored once at the end.
 */
export function evaluate(problem: Problem, beta: Float64Array, derivatives: boolean): Evaluation {
  const { design, labels, rows, columns, c } = problem;
  const size = columns + 1;
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(derivatives ? size * size : 0);
  const intercept = beta[0] as number;
  let loss = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * columns;
    let eta = intercept;
    for (let column = 0; column < columns; column++) {
      eta += (beta[column + 1] as number) * (design[base + column] as number);
    }
    const y = labels[row] as number;
    loss += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - y * eta;
    if (!derivatives) continue;
    const p = logistic(eta);
    const residual = p - y;
    const weight = p * (1 - p);
    gradient[0] = (gradient[0] as number) + residual;
    hessian[0] = (hessian[0] as number) + weight;
    for (let i = 0; i < columns; i++) {
      const xi = design[base + i] as number;
      const weighted = weight * xi;
      const offset = (i + 1) * size;
      gradient[i + 1] = (gradient[i + 1] as number) + residual * xi;
      hessian[offset] = (hessian[offset] as number) + weighted;
      for (let j = 0; j <= i; j++) {
        hessian[offset + j + 1] =
          (hessian[offset + j + 1] as number) + weighted * (design[base + j] as number);
      }
    }
  }
  let penalty = 0;
  for (let i = 1; i < size; i++) penalty += (beta[i] as number) ** 2;
  if (derivatives) {
    for (let i = 0; i < size; i++) {
      gradient[i] = c * (gradient[i] as number) + (i > 0 ? (beta[i] as number) : 0);
      for (let j = 0; j <= i; j++) {
        const value = c * (hessian[i * size + j] as number) + (i === j && i > 0 ? 1 : 0);
        hessian[i * size + j] = value;
        hessian[j * size + i] = value;
      }
    }
  }
  return { objective: 0.5 * penalty + c * loss, gradient, hessian };
}
