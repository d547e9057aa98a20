import { createRandom } from "../../src/cluster/random";
import { standardizeColumns } from "../../src/cluster/standardize";

/**
 * A seeded R/F/M-like member matrix, z-scored: recency days skewed towards recent (730·u²), frequency
 * 1 + geometric(0.35) orders, monetary = frequency × log-normal order value (e^(4 + 0.8 z)). Row-major,
 * 3 columns. The same rows and seed always give the same matrix.
 */
export function makeMembersMatrix(rows: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const raw = new Float64Array(rows * 3);
  for (let row = 0; row < rows; row++) {
    const recencyDays = Math.floor(730 * random.nextFloat() ** 2);
    let frequency = 1;
    while (random.nextFloat() > 0.35 && frequency < 60) frequency++;
    // Box-Muller: one standard normal from two uniforms (1 − u keeps the logarithm finite).
    const normal =
      Math.sqrt(-2 * Math.log(1 - random.nextFloat())) * Math.cos(2 * Math.PI * random.nextFloat());
    raw[row * 3] = recencyDays;
    raw[row * 3 + 1] = frequency;
    raw[row * 3 + 2] = frequency * Math.exp(4 + 0.8 * normal);
  }
  return standardizeColumns({ data: raw, rows, columns: 3 }).matrix.data;
}
