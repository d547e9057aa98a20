import { recentMembers } from "../../../src/rfm/recency-split";
import { coreErrorCode } from "./test-helpers";

// As-of day 39011; last orders 39010, 39005, 39004, 39001 → recency 1, 6, 7, 10.
const members = {
  recencyDays: Float64Array.of(1, 6, 7, 10),
  lastOrderSerial: Float64Array.of(39010, 39005, 39004, 39001),
  asOfSerial: 39011,
};

describe("recentMembers", () => {
  it("splits at a cut date: the cut day itself is recent", () => {
    expect(Array.from(recentMembers(members, { kind: "cutDate", cutDateSerial: 39005 }))).toEqual([
      1, 1, 0, 0,
    ]);
  });

  it("splits at a number of days: recencyDays ≤ max is recent", () => {
    expect(Array.from(recentMembers(members, { kind: "maxRecencyDays", maxRecencyDays: 7 }))).toEqual([
      1, 1, 1, 0,
    ]);
  });

  it("converts a cut date through the as-of date when last order dates are unknown (member table)", () => {
    // asOf 39011 − cut 39005 = 6 days: recency ≤ 6 is recent
    const table = { ...members, lastOrderSerial: null };
    expect(Array.from(recentMembers(table, { kind: "cutDate", cutDateSerial: 39005 }))).toEqual([1, 1, 0, 0]);
  });

  it.each<[string, string, () => unknown]>([
    [
      "a cut date after the as-of date",
      "CUT_DATE_AFTER_AS_OF",
      () => recentMembers(members, { kind: "cutDate", cutDateSerial: 39012 }),
    ],
    [
      "a cut date with neither last orders nor as-of",
      "CUT_DATE_NEEDS_AS_OF",
      () =>
        recentMembers(
          { ...members, lastOrderSerial: null, asOfSerial: null },
          { kind: "cutDate", cutDateSerial: 39005 },
        ),
    ],
    [
      "negative days",
      "RECENCY_SPLIT_INVALID",
      () => recentMembers(members, { kind: "maxRecencyDays", maxRecencyDays: -1 }),
    ],
    [
      "a cut date that is not a date",
      "RECENCY_SPLIT_INVALID",
      () => recentMembers(members, { kind: "cutDate", cutDateSerial: Number.NaN }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
