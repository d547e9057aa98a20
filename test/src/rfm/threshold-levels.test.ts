import {
  STUDY_ORDER_COUNT_BREAKPOINTS,
  STUDY_SALES_BREAKPOINTS,
  studyLevels,
  thresholdLevels,
} from "../../../src/rfm/threshold-levels";
import { coreErrorCode } from "./test-helpers";

/*
 * Expected levels written out from the member study's table (see test/src/rfm/level.test.ts):
 *   orders: 7+ → 0, 4–6 → 1, 3 → 2, 2 → 3, 1 → 4
 *   sales:  ≥150000 → 0, [70000, 150000) → 1, [50000, 70000) → 2, [30000, 50000) → 3, [10000, 30000) → 4,
 *           [5000, 10000) → 5, < 5000 → 6
 * Boundary rule: a breakpoint belongs to the band it starts; each boundary is tested on both sides.
 */
describe("study breakpoints", () => {
  it("are the study's step functions", () => {
    expect(STUDY_ORDER_COUNT_BREAKPOINTS).toEqual([2, 3, 4, 7]);
    expect(STUDY_SALES_BREAKPOINTS).toEqual([5000, 10000, 30000, 50000, 70000, 150000]);
  });

  it("give every order-count boundary its level", () => {
    const orders = [1, 1.99, 2, 2.99, 3, 3.99, 4, 6, 6.99, 7, 8, 500];
    const expected = [4, 4, 3, 3, 2, 2, 1, 1, 1, 0, 0, 0];
    expect(Array.from(thresholdLevels(orders, STUDY_ORDER_COUNT_BREAKPOINTS))).toEqual(expected);
  });

  it("give every sales boundary its level", () => {
    const sales = [
      0, 4999.99, 5000, 9999.99, 10000, 29999.99, 30000, 49999.99, 50000, 69999.99, 70000, 149999.99, 150000,
      1e7,
    ];
    const expected = [6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0];
    expect(Array.from(thresholdLevels(sales, STUDY_SALES_BREAKPOINTS))).toEqual(expected);
  });

  it("studyLevels applies both to members' frequency and monetary", () => {
    const levels = studyLevels({ frequency: [1, 3, 7], monetary: [4999, 50000, 150000] });
    expect(Array.from(levels.orderCountLevel)).toEqual([4, 2, 0]);
    expect(Array.from(levels.salesLevel)).toEqual([6, 2, 0]);
  });

  it("with order 'asc' counts breakpoints at or below (e.g. recency in days)", () => {
    expect(Array.from(thresholdLevels([0, 30, 31, 90, 400], [31, 91, 365], "asc"))).toEqual([0, 0, 1, 1, 3]);
  });

  it.each<[string, string, () => unknown]>([
    ["no breakpoints", "BREAKPOINTS_EMPTY", () => thresholdLevels([1], [])],
    ["unsorted breakpoints", "BREAKPOINTS_NOT_ASCENDING", () => thresholdLevels([1], [3, 2])],
    ["a value that is not a number", "VALUE_NOT_FINITE", () => thresholdLevels([1, Number.NaN], [2])],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
