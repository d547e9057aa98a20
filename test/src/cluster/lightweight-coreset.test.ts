import { lightweightCoreset } from "../../../src/cluster/lightweight-coreset";
import { createRandom } from "../../../src/cluster/random";

/*
 * Bachem, Lucic & Krause (2018): with q = ½·1/n + ½·‖x‖²/Σ‖x‖² and draw weights 1/(m·q), the weights sum to n
 * in expectation and the coreset's k-means cost of any fixed centres is an unbiased estimate of the full cost.
 */
describe("lightweightCoreset", () => {
  const rows = 100000;
  const random = createRandom(4);
  // Centred, heavy-tailed 2-column data: most rows near 0, a few far out.
  const data = Float64Array.from({ length: rows * 2 }, () => {
    const value = random.nextFloat() - 0.5;
    return random.nextFloat() < 0.01 ? value * 40 : value;
  });
  const ones = new Float64Array(rows).fill(1);
  const coreset = lightweightCoreset(data, rows, 2, ones, 20000, createRandom(5));

  function costAgainst(
    points: Float64Array,
    weights: Float64Array,
    count: number,
    centers: number[][],
  ): number {
    let cost = 0;
    for (let row = 0; row < count; row++) {
      const x = points[row * 2] as number;
      const y = points[row * 2 + 1] as number;
      cost +=
        (weights[row] as number) *
        Math.min(...centers.map(([cx, cy]) => (x - (cx as number)) ** 2 + (y - (cy as number)) ** 2));
    }
    return cost;
  }

  it("merges repeated draws and its weights sum to the rows, within 2 %", () => {
    expect(coreset.rows).toBeLessThanOrEqual(20000);
    const total = coreset.weights.reduce((sum, weight) => sum + weight, 0);
    expect(Math.abs(total / rows - 1)).toBeLessThan(0.02);
  });

  it("estimates the k-means cost of fixed centres within 3 %, far rows included", () => {
    for (const centers of [
      [[0, 0]],
      [
        [0, 0],
        [10, 10],
      ],
      [
        [-5, 0],
        [0.2, 0.2],
        [8, -8],
      ],
    ]) {
      const full = costAgainst(data, ones, rows, centers);
      const estimate = costAgainst(coreset.data, coreset.weights, coreset.rows, centers);
      expect(Math.abs(estimate / full - 1)).toBeLessThan(0.03);
    }
  });
});
