import { resolveYears } from "../../../src/yoy/resolve-years";

// Excel serials (1900 system): 44621 = 2022-03-01, 44256 = 2021-03-01, 44986 = 2023-03-01, 45047 = 2023-05-01.
describe("resolveYears", () => {
  test("auto: the latest year with a date and the year before", () => {
    expect(resolveYears([44621, null, 45047], { mode: "auto" })).toEqual({
      kind: "compare",
      currentYear: 2023,
      previousYear: 2022,
    });
  });

  test("auto: skipped, with the reason, when there is nothing to compare", () => {
    expect(resolveYears(undefined, { mode: "auto" })).toEqual({ kind: "skip", reason: "noDates" });
    expect(resolveYears([null], { mode: "auto" })).toEqual({ kind: "skip", reason: "noDates" });
    // 2021-03-01 and 2023-03-01: a gap year, so no line in the year before the latest.
    expect(resolveYears([44256, 44986], { mode: "auto" })).toEqual({
      kind: "skip",
      reason: "noPreviousYear",
    });
  });

  test("chosen years pass through; none switches the comparison off", () => {
    expect(resolveYears(undefined, { mode: "years", currentYear: 2017, previousYear: 2016 })).toEqual({
      kind: "compare",
      currentYear: 2017,
      previousYear: 2016,
    });
    expect(resolveYears([44986], { mode: "none" })).toEqual({ kind: "skip", reason: "switchedOff" });
  });
});
