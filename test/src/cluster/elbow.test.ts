import { elbowSweep, elbowSweepSteps } from "../../../src/cluster/elbow";
import type { ElbowProgress } from "../../../src/cluster/elbow";
import { kmeans } from "../../../src/cluster/kmeans";
import { silhouetteScore } from "../../../src/cluster/silhouette";
import { cdnowMatrix, coreErrorCode, loadCdnowFixture, matrixOf } from "./test-helpers";

const fixture = loadCdnowFixture();

describe("elbowSweep — CDNOW R/F/M, z-scored, k = 1..10", () => {
  const sweep = elbowSweep(cdnowMatrix(fixture, "standardized"));

  it("has one run per k, each within 0.5 % of scikit-learn's inertia (fixture), and first differences", () => {
    expect(sweep.runs.map((run) => run.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    sweep.runs.forEach((run, index) => {
      expect(run.inertia).toBeLessThanOrEqual(
        (fixture.standardized.sklearnInertia[String(run.k)] as number) * 1.005,
      );
      const previous = sweep.runs[index - 1];
      expect(run.inertiaDrop).toBe(previous === undefined ? null : previous.inertia - run.inertia);
    });
  });

  it("puts the elbow at k = 4, where Kneedle puts it on scikit-learn's own inertia curve", () => {
    expect(sweep.knee?.x).toBe(4);
  });

  it("scores k = 4 like scikit-learn scores its k = 4 solution (same partition): silhouette, CH, DB", () => {
    const atFour = sweep.runs[3];
    expect(atFour?.silhouette).toBeCloseTo(fixture.metricsAtK4.silhouette, 6);
    expect(atFour?.calinskiHarabasz).toBeCloseTo(fixture.metricsAtK4.calinskiHarabasz, 4);
    expect(atFour?.daviesBouldin).toBeCloseTo(fixture.metricsAtK4.daviesBouldin, 6);
    expect(sweep.runs[0]?.silhouette).toBeNull();
    expect(sweep.silhouetteSampleRows).toBeNull();
  });
});

describe("elbowSweep — collapsed levels", () => {
  it("scores the 42 weighted distinct rows exactly like the 2,357 expanded rows", () => {
    const matrix = cdnowMatrix(fixture, "levels");
    const sweep = elbowSweep(matrix, { kMin: 4, kMax: 4 });
    const solution = kmeans(matrix, 4);
    expect(sweep.runs[0]?.inertia).toBe(solution.inertia);
    expect(sweep.runs[0]?.silhouette).toBeCloseTo(silhouetteScore(matrix, solution.labels).mean, 10);
    expect(sweep.knee).toBeNull();
  });

  it("lowers kMax to the number of distinct rows and says so", () => {
    const sweep = elbowSweep(matrixOf([[0], [0], [5], [5], [9], [9], [9]]), { kMax: 10, quality: false });
    expect(sweep.runs.map((run) => run.k)).toEqual([1, 2, 3]);
    expect(sweep.kMaxClamped).toBe(true);
    expect(sweep.runs[2]?.inertia).toBeCloseTo(0, 12);
  });
});

describe("elbowSweepSteps — progress", () => {
  it("reports every k in order, a quality phase per k, and a never-decreasing overall fraction", () => {
    const full = cdnowMatrix(fixture, "standardized");
    const firstRows = { data: full.data.subarray(0, 600 * 3), rows: 600, columns: 3 };
    const steps = elbowSweepSteps(firstRows, { kMax: 4, nInit: 2 });
    const seen: ElbowProgress[] = [];
    let step = steps.next();
    while (step.done !== true) {
      seen.push(step.value);
      step = steps.next();
    }
    expect([...new Set(seen.map((item) => item.k))]).toEqual([1, 2, 3, 4]);
    expect(seen.filter((item) => item.phase === "quality").map((item) => item.k)).toEqual([1, 2, 3, 4]);
    seen.forEach((item, index) => {
      expect(item.sweepFractionDone).toBeGreaterThan(0);
      expect(item.sweepFractionDone).toBeLessThanOrEqual(1);
      if (index > 0)
        expect(item.sweepFractionDone).toBeGreaterThanOrEqual(
          (seen[index - 1] as ElbowProgress).sweepFractionDone,
        );
    });
    expect(step.value.runs).toHaveLength(4);
  });
});

describe("elbowSweep — bad input", () => {
  const matrix = matrixOf([[0], [1], [5], [6]]);
  it.each<[string, string, () => unknown]>([
    ["kMin = 0", "K_RANGE_INVALID", () => elbowSweep(matrix, { kMin: 0 })],
    ["kMax below kMin", "K_RANGE_INVALID", () => elbowSweep(matrix, { kMin: 3, kMax: 2 })],
    [
      "kMin above the distinct rows",
      "K_EXCEEDS_DISTINCT_ROWS",
      () => elbowSweep(matrix, { kMin: 5, kMax: 6 }),
    ],
    ["one member", "TOO_FEW_ROWS", () => elbowSweep(matrixOf([[3]]))],
    ["a NaN", "VALUE_NOT_FINITE", () => elbowSweep(matrixOf([[0], [Number.NaN]]))],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
