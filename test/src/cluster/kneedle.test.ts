import { kneedle } from "../../../src/cluster/kneedle";
import { coreErrorCode } from "./test-helpers";

/* Expected knees: ../shared/data/README.md (Satopää et al. 2011; the Python kneed package's tests). */
const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

describe("kneedle — kneed's four reference curves", () => {
  it.each<["convex" | "concave", "decreasing" | "increasing", number, number[]]>([
    ["convex", "decreasing", 2, [100, 40, 20, 15, 10, 5, 4, 3, 2, 1]],
    ["concave", "increasing", 2, [0, 60, 80, 85, 90, 95, 96, 97, 98, 99]],
    ["concave", "decreasing", 7, [99, 98, 97, 96, 95, 90, 85, 80, 60, 0]],
    ["convex", "increasing", 7, [1, 2, 3, 4, 5, 10, 15, 20, 40, 100]],
  ])("%s %s → knee at x = %i", (curve, direction, expected, y) => {
    const result = kneedle(x, y, { curve, direction });
    expect(result.knee?.x).toBe(expected);
    expect(result.knee?.y).toBe(y[expected]);
  });
});

describe("kneedle — the paper's figure 2", () => {
  it("y = 5 − 1/(x + 0.1) on 10 points of [0, 1] has its knee at x = 0.2222 (concave increasing, the kneed default)", () => {
    const figureX = Array.from({ length: 10 }, (_, index) => index / 9);
    const figureY = figureX.map((value) => 5 - 1 / (value + 0.1));
    expect(kneedle(figureX, figureY).knee?.x).toBeCloseTo(0.2222, 4);
  });
});

describe("kneedle — curves without a knee and the online mode", () => {
  it("finds no knee on a straight line or a constant series (null, never NaN)", () => {
    expect(
      kneedle(
        x,
        x.map((value) => 3 * value),
      ).knee,
    ).toBeNull();
    expect(
      kneedle(
        x,
        x.map(() => 4),
        { curve: "convex", direction: "decreasing" },
      ).knee,
    ).toBeNull();
  });

  it("online mode keeps scanning: a curve with two bends reports the later one, offline the first", () => {
    // Hand check (concave increasing): difference curve y/94 − x/9 ≈ 0, .421, .363, .284, .194, .093, .291, .201,
    // .100, 0. Maxima at 1 and 6, minima at 0, 5, 9; mean x step 1/9. From 1: threshold .421 − .111 = .310,
    // first passed at x = 3 → knee 1. Minimum at 5 resets it to 0; maximum at 6: .291 − .111 = .180, passed at
    // x = 8 (.100) → knee 6.
    const y = [0, 50, 55, 58, 60, 61, 90, 92, 93, 94];
    expect(kneedle(x, y).knee?.x).toBe(1);
    const online = kneedle(x, y, { online: true });
    expect(online.allKnees.map((knee) => knee.x)).toEqual([1, 6]);
    expect(online.knee?.x).toBe(6);
  });
});

describe("kneedle — bad input", () => {
  it.each<[string, string, () => unknown]>([
    ["two points", "KNEE_TOO_FEW_POINTS", () => kneedle([0, 1], [1, 0])],
    ["lengths differ", "KNEE_LENGTH_MISMATCH", () => kneedle([0, 1, 2], [1, 0])],
    ["x not increasing", "KNEE_X_NOT_INCREASING", () => kneedle([0, 2, 1], [3, 2, 1])],
    ["a NaN", "VALUE_NOT_FINITE", () => kneedle([0, 1, 2], [3, Number.NaN, 1])],
    [
      "a negative sensitivity",
      "KNEE_SENSITIVITY_INVALID",
      () => kneedle([0, 1, 2], [3, 2, 1], { sensitivity: -1 }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
