import { elbowSweep } from "../../../src/cluster/elbow";
import type { ElbowOptions } from "../../../src/cluster/elbow-types";
import {
  elbowSweepParallel,
  serialTaskRunner,
  solveTask,
  sweepTasks,
  type KMeansTaskRunner,
} from "../../../src/cluster/parallel-sweep";
import { createRandom } from "../../../src/cluster/random";
import { createRestartSolver } from "../../../src/cluster/restart-solver";
import { cdnowMatrix, loadCdnowFixture } from "./test-helpers";

/**
 * A runner standing for two workers that finish in any order: the tasks are dealt alternately to two
 * solvers (each with its own kernel, as a worker has), and their outcomes handed back shuffled.
 */
function shuffledTwoWorkerRunner(seed: number): KMeansTaskRunner {
  return {
    async runTasks(problem, tasks, accept) {
      const solvers = [createRestartSolver(problem), createRestartSolver(problem)];
      const outcomes = tasks.map((task, index) => solveTask(solvers[index % 2]!, task));
      const random = createRandom(seed);
      for (let index = outcomes.length - 1; index > 0; index--) {
        const swap = random.nextIndex(index + 1);
        [outcomes[index], outcomes[swap]] = [outcomes[swap]!, outcomes[index]!];
      }
      outcomes.forEach(accept);
    },
  };
}

const fixture = loadCdnowFixture();

describe("elbowSweepParallel — the same sweep whatever runs the tasks", () => {
  it("lists the tasks largest k first, restarts in order", () => {
    expect(sweepTasks(1, 3, 2)).toEqual([
      { k: 3, restart: 0 },
      { k: 3, restart: 1 },
      { k: 2, restart: 0 },
      { k: 2, restart: 1 },
      { k: 1, restart: 0 },
      { k: 1, restart: 1 },
    ]);
  });

  const random = createRandom(5);
  const generated = {
    data: Float64Array.from({ length: 6000 * 3 }, (_, index) => random.nextFloat() * (1 + (index % 3))),
    rows: 6000,
    columns: 3,
  };
  it.each<[string, () => Parameters<typeof elbowSweep>[0], ElbowOptions]>([
    ["CDNOW R/F/M z-scored, 3 restarts", () => cdnowMatrix(fixture, "standardized"), { nInit: 3 }],
    ["CDNOW levels (collapsed, weighted), 4 restarts", () => cdnowMatrix(fixture, "levels"), { nInit: 4 }],
    [
      "6,000 generated rows, coreset starts, 3 restarts",
      () => generated,
      { nInit: 3, sampledRestarts: "always" },
    ],
  ])(
    "%s: one worker, two workers in any order, and the serial sweep agree field for field",
    async (_name, matrix, options) => {
      const serial = elbowSweep(matrix(), options);
      expect(await elbowSweepParallel(matrix(), options, serialTaskRunner)).toEqual(serial);
      for (const seed of [1]) {
        expect(await elbowSweepParallel(matrix(), options, shuffledTwoWorkerRunner(seed))).toEqual(serial);
      }
    },
  );
});
