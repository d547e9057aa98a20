import { thresholdLevel } from "../../../src/rfm/level";
import { CoreError } from "../../../src/errors";

/*
 * Expected levels are the member study's step functions, written out from the study's table:
 *   order count: 7 or more → 0, 4–6 → 1, 3 → 2, 2 → 3, 1 → 4
 *   order sales: above 150000 → 0, 70000–150000 → 1, 50000–70000 → 2, 30000–50000 → 3,
 *                10000–30000 → 4, 5000–10000 → 5, below 5000 → 6
 * with the boundary rule stated in src/rfm/level.ts: a breakpoint starts the band above it (the study's
 * own code used `>= 7`, `>= 4`, ... for counts and `>= 5000`, `>= 10000`, ... for sales, except that it
 * left 150000 unassigned; here 150000 → 0).
 */
const orderCountBreakpoints = [2, 3, 4, 7];
const salesBreakpoints = [5000, 10000, 30000, 50000, 70000, 150000];

describe("thresholdLevel — the study's order-count step function", () => {
  it.each([
    [1, 4],
    [2, 3],
    [3, 2],
    [4, 1],
    [5, 1],
    [6, 1],
    [7, 0],
    [8, 0],
    [120, 0],
  ])("%d orders → level %d", (orders, level) => {
    expect(thresholdLevel(orders, orderCountBreakpoints)).toBe(level);
  });
});

describe("thresholdLevel — the study's sales step function, at and around every boundary", () => {
  it.each([
    [0, 6],
    [4999.99, 6],
    [5000, 5],
    [9999.99, 5],
    [10000, 4],
    [29999.99, 4],
    [30000, 3],
    [49999.99, 3],
    [50000, 2],
    [69999.99, 2],
    [70000, 1],
    [149999.99, 1],
    [150000, 0],
    [150000.01, 0],
    [1e9, 0],
  ])("sales %d → level %d", (sales, level) => {
    expect(thresholdLevel(sales, salesBreakpoints)).toBe(level);
  });
});

describe("thresholdLevel — ascending order (lower is better, e.g. recency days)", () => {
  // Breakpoints 30, 90, 180: 0–29 days → 0, 30–89 → 1, 90–179 → 2, 180+ → 3 (hand-derived).
  it.each([
    [0, 0],
    [29, 0],
    [30, 1],
    [89, 1],
    [90, 2],
    [179, 2],
    [180, 3],
    [400, 3],
  ])("%d days → level %d", (days, level) => {
    expect(thresholdLevel(days, [30, 90, 180], "asc")).toBe(level);
  });
});

describe("thresholdLevel — bad input", () => {
  const codeOf = (action: () => unknown): string => {
    try {
      action();
    } catch (error) {
      return error instanceof CoreError ? error.code : "not a CoreError";
    }
    return "no error";
  };
  it("rejects empty breakpoints", () =>
    expect(codeOf(() => thresholdLevel(1, []))).toBe("BREAKPOINTS_EMPTY"));
  it("rejects unsorted breakpoints", () =>
    expect(codeOf(() => thresholdLevel(1, [3, 2]))).toBe("BREAKPOINTS_NOT_ASCENDING"));
  it("rejects repeated breakpoints", () =>
    expect(codeOf(() => thresholdLevel(1, [2, 2]))).toBe("BREAKPOINTS_NOT_ASCENDING"));
  it("rejects a non-finite breakpoint", () =>
    expect(codeOf(() => thresholdLevel(1, [1, Number.NaN]))).toBe("BREAKPOINT_NOT_FINITE"));
  it("rejects a non-finite value", () =>
    expect(codeOf(() => thresholdLevel(Number.NaN, [1]))).toBe("VALUE_NOT_FINITE"));
});
