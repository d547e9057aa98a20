import {
  RFM_PACKAGE_SEGMENT_RULES,
  RFM_SEGMENTS,
  rfmSegmentOf,
  rfmSegments,
} from "../../../src/rfm/rfm-segment";
import { coreErrorCode } from "./test-helpers";

/*
 * Rules of R's rfm package (vignette "RFM - Introduction", rfm_segment examples), first match wins:
 *   segment             R      F      M
 *   Champions           5      5      5
 *   Potential Loyalist  3-5    3-5    2-5
 *   Loyal Customers     2-4    2-4    2-4
 *   Promising           3-4    1-3    3-5
 *   New Customers       4-5    1-3    1-5
 *   Can't Lose Them     1-2    3-4    4-5
 *   At Risk             1-2    2-5    4-5
 *   Need Attention      1-3    3-5    3-5
 *   About To Sleep      2-3    1-3    1-4
 *   Lost                1      1-5    1-5
 * Each expected segment below is worked through that list by hand (the comment says which earlier rule fails).
 */
describe("rfmSegmentOf — R rfm's ten segments", () => {
  it.each<[number, number, number, string]>([
    [5, 5, 5, "champions"],
    [5, 5, 4, "potentialLoyalist"], // champions: M 4
    [3, 3, 3, "potentialLoyalist"], // also inside Loyal and Need Attention: the first rule wins
    [2, 2, 2, "loyalCustomers"], // potential: R 2
    [4, 2, 4, "loyalCustomers"], // potential: F 2
    [3, 1, 3, "promising"], // potential, loyal: F 1
    [5, 1, 1, "newCustomers"], // potential, loyal: F 1; promising: R 5
    [4, 3, 1, "newCustomers"], // potential: M 1; loyal: M 1; promising: M 1
    [1, 3, 4, "cantLoseThem"], // R 1 fails every rule before it
    [2, 4, 5, "cantLoseThem"], // potential: R 2; loyal: M 5; promising/new: R 2
    [2, 5, 5, "atRisk"], // can't lose: F 5
    [1, 2, 4, "atRisk"], // can't lose: F 2
    [1, 3, 3, "needAttention"], // can't lose, at risk: M 3
    [3, 5, 3, "potentialLoyalist"], // R 3 F 5 M 3 is inside Potential Loyalist first
    [2, 1, 1, "aboutToSleep"], // loyal, can't lose, at risk, need attention: F 1; promising/new: R 2
    [3, 2, 1, "aboutToSleep"], // potential: F 2; loyal: M 1; promising: M 1; new: R 3
    [1, 1, 1, "lost"],
    [1, 5, 2, "lost"], // need attention: M 2
    [2, 1, 5, "others"], // about to sleep: M 5; lost: R 2
    [4, 4, 1, "others"], // potential, loyal: M 1; promising, new: F 4; the rest: R 4
    [3, 4, 1, "others"], // potential, loyal: M 1; promising, new: F 4; need attention: M 1; about to sleep: F 4
  ])("R %i F %i M %i → %s", (recency, frequency, monetary, segment) => {
    expect(rfmSegmentOf(recency, frequency, monetary)).toBe(segment);
  });

  it("lists the ten segments in the package's order", () => {
    expect(RFM_PACKAGE_SEGMENT_RULES.map((rule) => rule.segment)).toEqual([
      "champions",
      "potentialLoyalist",
      "loyalCustomers",
      "promising",
      "newCustomers",
      "cantLoseThem",
      "atRisk",
      "needAttention",
      "aboutToSleep",
      "lost",
    ]);
  });

  it("takes custom rules", () => {
    const rules = [{ segment: "champions", recency: [3, 3], frequency: [1, 3], monetary: [1, 3] }] as const;
    expect(rfmSegmentOf(3, 2, 1, rules)).toBe("champions");
    expect(rfmSegmentOf(2, 2, 1, rules)).toBe("others");
  });

  it("segments columns as codes into RFM_SEGMENTS", () => {
    const codes = rfmSegments([5, 1, 2], [5, 1, 1], [5, 1, 5]);
    expect(Array.from(codes, (code) => RFM_SEGMENTS[code])).toEqual(["champions", "lost", "others"]);
  });

  it.each<[string, string, () => unknown]>([
    ["a zero score", "SCORE_INVALID", () => rfmSegmentOf(0, 1, 1)],
    ["a fractional score", "SCORE_INVALID", () => rfmSegmentOf(1, 2.5, 1)],
    ["columns of different lengths", "COLUMN_LENGTH_MISMATCH", () => rfmSegments([1, 2], [1], [1, 2])],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
