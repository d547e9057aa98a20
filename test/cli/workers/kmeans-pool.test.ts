import { elbowSweep } from "../../../src/cluster/elbow";
import { elbowSweepParallel } from "../../../src/cluster/parallel-sweep";
import { createRandom } from "../../../src/cluster/random";
import { startKMeansPool } from "../../../cli/workers/kmeans-pool";

/*
 * The CLI's worker threads: a sweep on two threads gives the serial sweep's result (labels chosen, inertia,
 * quality scores), as does the one-thread pool, for the same seed.
 */
describe("startKMeansPool — k-means restarts on worker threads", () => {
  const random = createRandom(11);
  const rows = 5000;
  const matrix = {
    data: Float64Array.from({ length: rows * 3 }, (_, index) => random.nextFloat() * (1 + (index % 3))),
    rows,
    columns: 3,
  };
  const options = { kMax: 6, nInit: 3, seed: 7 };

  it("gives the serial sweep's result on 2 worker threads and on 1", async () => {
    const serial = elbowSweep(matrix, options);
    for (const workers of [2, 1]) {
      const pool = startKMeansPool(workers);
      try {
        expect(pool.workers).toBe(workers);
        expect(await elbowSweepParallel(matrix, options, pool)).toEqual(serial);
      } finally {
        await pool.close();
      }
    }
  }, 60_000);
});
