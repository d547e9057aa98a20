import { memberPurchaseCycles } from "../../../src/member/purchase-cycle";
import { purchaseCycleSummary, lapsedAfterDays } from "../../../src/member/cycle-summary";
import { serialOf } from "./serial-of";

/*
 * Fixture (January–February 2021), cycles worked out by hand from the calendar:
 *   A  01-01, 01-04, 01-11            → last two distinct days 01-04 → 01-11 = 7
 *   B  01-02, 01-05 09:00, 01-05 20:00 → two orders on 01-05 are one purchase day: 01-02 → 01-05 = 3
 *   C  01-03 10:00, 01-03 18:00       → one purchase day: no cycle
 *   D  01-01, 01-21                   → 20
 *   E  01-10, 01-20, 02-19            → 01-20 → 02-19 = 11 + 19 = 30
 *   F  01-15                          → no cycle
 *   G  01-01, 01-06                   → 5
 *   H  01-13, 01-01 (rows out of date order) → 12
 * plus one row without a member id and one without a date (skipped).
 */
const rows: [string | number | null, string | null][] = [
  ["A", "2021-01-01"],
  ["A", "2021-01-04"],
  ["B", "2021-01-02"],
  ["C", "2021-01-03T10:00:00"],
  ["A", "2021-01-11"],
  ["B", "2021-01-05T09:00:00"],
  ["B", "2021-01-05T20:00:00"],
  ["C", "2021-01-03T18:00:00"],
  ["D", "2021-01-01"],
  ["D", "2021-01-21"],
  ["E", "2021-01-10"],
  ["E", "2021-01-20"],
  ["E", "2021-02-19"],
  ["F", "2021-01-15"],
  ["G", "2021-01-01"],
  ["G", "2021-01-06"],
  ["H", "2021-01-13"],
  ["H", "2021-01-01"],
  [null, "2021-01-07"],
  ["A", null],
];
const cycleFixture = {
  memberIds: rows.map(([member]) => member),
  orderDates: rows.map(([, date]) => (date === null ? null : serialOf(date))),
};

describe("memberPurchaseCycles", () => {
  it("takes the days between the last two distinct purchase days of each member", () => {
    const { members, skippedRows } = memberPurchaseCycles(cycleFixture);
    expect(members.map((m) => [m.memberId, m.purchaseDays, m.cycleDays])).toEqual([
      ["A", 3, 7],
      ["B", 2, 3],
      ["C", 1, null],
      ["D", 2, 20],
      ["E", 3, 30],
      ["F", 1, null],
      ["G", 2, 5],
      ["H", 2, 12],
    ]);
    expect(members.find((m) => m.memberId === "H")?.lastPurchaseDaySerial).toBe(serialOf("2021-01-13"));
    expect(skippedRows).toBe(2);
  });

  it("treats numeric and text ids as one member, and desktop's empty cell (0) as no member", () => {
    const { members, skippedRows } = memberPurchaseCycles({
      memberIds: [1001, "1001", 0, " 1001 "],
      orderDates: [serialOf("2021-01-01"), serialOf("2021-01-08"), serialOf("2021-01-09"), 0],
    });
    expect(members).toEqual([
      { memberId: "1001", purchaseDays: 2, lastPurchaseDaySerial: serialOf("2021-01-08"), cycleDays: 7 },
    ]);
    expect(skippedRows).toBe(2);
  });

  it("fails with a code on bad input", () => {
    const code = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return (error as { code?: unknown }).code;
      }
      return "no error";
    };
    expect(code(() => memberPurchaseCycles({ memberIds: [], orderDates: [] }))).toBe("NO_MEMBERS");
    expect(code(() => memberPurchaseCycles({ memberIds: [null, ""], orderDates: [44197, 44198] }))).toBe(
      "NO_MEMBERS",
    );
    expect(code(() => memberPurchaseCycles({ memberIds: ["a", "b"], orderDates: [null, 0] }))).toBe(
      "NO_DATES",
    );
    expect(code(() => memberPurchaseCycles({ memberIds: ["a", null], orderDates: [null, 44197] }))).toBe(
      "NO_DATES",
    );
    expect(code(() => memberPurchaseCycles({ memberIds: ["a"], orderDates: [44197, 44198] }))).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
    expect(code(() => memberPurchaseCycles({ memberIds: ["a"], orderDates: [-5] }))).toBe("DATE_INVALID");
    expect(
      code(() => memberPurchaseCycles({ memberIds: ["a"], orderDates: ["2021-01-01" as unknown as number] })),
    ).toBe("DATE_INVALID");
    expect(code(() => memberPurchaseCycles({ memberIds: [Number.NaN], orderDates: [44197] }))).toBe(
      "KEY_INVALID",
    );
  });
});

describe("purchaseCycleSummary", () => {
  it("summarises the six cycles 3, 5, 7, 12, 20, 30 (R type 7, by hand)", () => {
    // n = 6; positions (n − 1)p: Q1 1.25 → 5 + 0.25 × 2 = 5.5; median 2.5 → 7 + 0.5 × 5 = 9.5;
    // Q3 3.75 → 12 + 0.75 × 8 = 18; mean 77 / 6.
    const summary = purchaseCycleSummary(cycleFixture);
    expect(summary.stats.q1).toBeCloseTo(5.5, 12);
    expect(summary.stats.median).toBeCloseTo(9.5, 12);
    expect(summary.stats.q3).toBeCloseTo(18, 12);
    expect(summary.stats.mean).toBeCloseTo(77 / 6, 12);
    expect([summary.memberCount, summary.membersWithCycle, summary.singleDayMembers]).toEqual([8, 6, 2]);
    // Lapse fence: 18 + 1.5 × (18 − 5.5) = 36.75 → 37 days.
    expect(summary.lapsedAfterDays).toBe(37);
  });

  it("bins the cycles with the smallest nice width giving at most 20 bars, tail above P95 in one bar", () => {
    // P95: position 4.75 → 20 + 0.75 × 10 = 27.5 → 28. Width 1 from 3 would need 26 bars; width 2 from 2 needs
    // ⌊(28 − 2) / 2⌋ + 1 = 14: bars 2–3 … 28–29, then 30 in an open bar "30+".
    const { histogram } = purchaseCycleSummary(cycleFixture);
    expect(histogram).toHaveLength(15);
    expect(histogram[0]).toEqual({
      lowerDays: 2,
      upperDays: 3,
      members: 1,
      memberShare: 1 / 6,
      openEnded: false,
    });
    const nonEmpty = histogram
      .filter((bin) => bin.members > 0)
      .map((bin) => [bin.lowerDays, bin.upperDays, bin.openEnded]);
    expect(nonEmpty).toEqual([
      [2, 3, false],
      [4, 5, false],
      [6, 7, false],
      [12, 13, false],
      [20, 21, false],
      [30, 30, true],
    ]);
  });

  it("uses a given bar width: weekly bars 0–6, 7–13, 14–20, 21–27, 28–34", () => {
    const { histogram } = purchaseCycleSummary(cycleFixture, { binWidthDays: 7 });
    expect(histogram.map((bin) => [bin.lowerDays, bin.upperDays, bin.members])).toEqual([
      [0, 6, 2],
      [7, 13, 2],
      [14, 20, 1],
      [21, 27, 0],
      [28, 34, 1],
    ]);
  });

  it("says so when nobody bought on two different days", () => {
    expect(() =>
      purchaseCycleSummary({ memberIds: ["a", "a", "b"], orderDates: [44197.2, 44197.8, 44198] }),
    ).toThrow(expect.objectContaining({ code: "NO_REPEAT_PURCHASES" }));
  });

  it("rejects a bad bar width and a negative fence multiplier", () => {
    expect(() => purchaseCycleSummary(cycleFixture, { binWidthDays: 2.5 })).toThrow(
      expect.objectContaining({ code: "BIN_WIDTH_INVALID" }),
    );
    expect(() => purchaseCycleSummary(cycleFixture, { lapseFenceMultiplier: -1 })).toThrow(
      expect.objectContaining({ code: "LAPSE_MULTIPLIER_INVALID" }),
    );
  });
});

describe("lapsedAfterDays", () => {
  it("is Tukey's upper fence rounded up: README quartiles 7.25 / 14.5 → 14.5 + 10.875 = 25.375 → 26", () => {
    expect(lapsedAfterDays({ q1: 7.25, q3: 14.5 })).toBe(26);
  });

  it("keeps a whole-number fence whole, also when binary rounding lands a few ulps above it", () => {
    // 3 + 1.5 × (3 − 1) = 6 exactly; 10.000000000000002 + 1.5 × 2e-15 is 10 plus float noise, not 11.
    expect(lapsedAfterDays({ q1: 1, q3: 3 })).toBe(6);
    expect(lapsedAfterDays({ q1: 10, q3: 10.000000000000002 })).toBe(10);
  });
});
