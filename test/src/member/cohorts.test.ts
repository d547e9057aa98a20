import { cohortRetention } from "../../../src/member/cohort-retention";
import { memberActivityByMonth } from "../../../src/member/member-activity";
import { memberOverviewByMonth } from "../../../src/member/member-overview";
import { serialOf } from "./serial-of";

/*
 * Months ordered in, January–April 2021 (day of month varies on purpose; a member counts once per month):
 *   a: Jan, Feb, Apr     b: Jan (twice), Mar     c: Jan     d: Feb, Mar     e: Feb     f: Mar, Apr     g: Apr
 */
const orders: [string, string][] = [
  ["a", "2021-01-31"],
  ["a", "2021-02-01"],
  ["a", "2021-04-15"],
  ["b", "2021-01-03"],
  ["b", "2021-01-20"],
  ["b", "2021-03-09"],
  ["c", "2021-01-12"],
  ["d", "2021-02-28"],
  ["d", "2021-03-01"],
  ["e", "2021-02-14"],
  ["f", "2021-03-30"],
  ["f", "2021-04-02"],
  ["g", "2021-04-30"],
];
const columns = { memberIds: orders.map((o) => o[0]), orderDates: orders.map((o) => serialOf(o[1])) };
const jan2021 = 2021 * 12;

describe("cohortRetention", () => {
  /*
   * Cohorts by hand:
   *   Jan {a, b, c}: month 0 → 3; +1 (Feb) a → 1; +2 (Mar) b → 1; +3 (Apr) a → 1
   *   Feb {d, e}:    month 0 → 2; +1 (Mar) d → 1; +2 (Apr) nobody → 0
   *   Mar {f}:       1; +1 (Apr) f → 1
   *   Apr {g}:       1
   */
  const result = cohortRetention(columns);

  it("builds the triangle of active cohort members", () => {
    expect(result.cohorts.map((c) => [c.cohortMonth - jan2021, c.members, c.activeMembers])).toEqual([
      [0, 3, [3, 1, 1, 1]],
      [1, 2, [2, 1, 0]],
      [2, 1, [1, 1]],
      [3, 1, [1]],
    ]);
    expect(result.maxMonthsSince).toBe(3);
  });

  it("gives retention as a share of the cohort", () => {
    expect(result.cohorts[0]?.retention).toEqual([1, 1 / 3, 1 / 3, 1 / 3]);
    expect(result.cohorts[1]?.retention).toEqual([1, 0.5, 0]);
  });
});

describe("memberActivityByMonth", () => {
  it("counts new, returning, retained and lapsed members per month", () => {
    /*
     * Jan: active a b c; new 3; returning 0; lapsed 0 (first month)
     * Feb: active a d e; new d e; returning a (also in Jan → retained 1); lapsed b c (Jan, not Feb) = 2
     * Mar: active b d f; new f; returning b d; retained d; lapsed a e = 2
     * Apr: active a f g; new g; returning a f; retained f; lapsed b d = 2
     */
    const { months } = memberActivityByMonth(columns);
    expect(
      months.map((m) => [m.month - jan2021, m.active, m.new, m.returning, m.retained, m.lapsed]),
    ).toEqual([
      [0, 3, 3, 0, 0, 0],
      [1, 3, 2, 1, 1, 2],
      [2, 3, 1, 2, 1, 2],
      [3, 3, 1, 2, 1, 2],
    ]);
  });

  it("keeps a month without orders, in which last month's buyers lapse", () => {
    const { months } = memberActivityByMonth({
      memberIds: ["a", "b", "a"],
      orderDates: [serialOf("2021-01-05"), serialOf("2021-01-06"), serialOf("2021-03-05")],
    });
    expect(months.map((m) => [m.active, m.new, m.returning, m.lapsed])).toEqual([
      [2, 2, 0, 0],
      [0, 0, 0, 2],
      [1, 0, 1, 0],
    ]);
  });
});

describe("memberOverviewByMonth", () => {
  it("gives the share of registered members who ordered, split into new and existing", () => {
    /*
     * Registration months: h 2020-11 (never orders), a 2020-12, b 2021-01, e 2021-01, d 2021-02, f 2021-03,
     * g 2021-04; c has no registration row. b appears twice, the earlier date counts.
     *   Jan: registered h a b e = 4 (new b e = 2); ordering a b c: new b, existing a, unregistered c; share 2/4
     *   Feb: registered 5 (new d); ordering a d e: new d, existing a e; share 3/5
     *   Mar: registered 6 (new f); ordering b d f: new f, existing b d; share 3/6
     *   Apr: registered 7 (new g); ordering a f g: new g, existing a f; share 3/7
     */
    const registrations: [string, string][] = [
      ["h", "2020-11-01"],
      ["a", "2020-12-15"],
      ["b", "2021-02-20"],
      ["b", "2021-01-10"],
      ["e", "2021-01-20"],
      ["d", "2021-02-03"],
      ["f", "2021-03-01"],
      ["g", "2021-04-30"],
    ];
    const { months } = memberOverviewByMonth(columns, {
      memberIds: registrations.map((r) => r[0]),
      registrationDates: registrations.map((r) => serialOf(r[1])),
    });
    expect(
      months.map((m) => [
        m.registeredMembers,
        m.newRegistrations,
        m.orderingMembers,
        m.newOrdering,
        m.existingOrdering,
        m.unregisteredOrdering,
      ]),
    ).toEqual([
      [4, 2, 3, 1, 1, 1],
      [5, 1, 3, 1, 2, 0],
      [6, 1, 3, 1, 2, 0],
      [7, 1, 3, 1, 2, 0],
    ]);
    expect(months.map((m) => m.orderingShare)).toEqual([2 / 4, 3 / 5, 3 / 6, 3 / 7]);
  });

  it("needs at least one registration date", () => {
    expect(() => memberOverviewByMonth(columns, { memberIds: ["a"], registrationDates: [null] })).toThrow(
      expect.objectContaining({ code: "NO_REGISTRATIONS" }),
    );
  });

  it("reports no share while nobody is registered yet", () => {
    const { months } = memberOverviewByMonth(
      { memberIds: ["a"], orderDates: [serialOf("2021-01-05")] },
      { memberIds: ["a"], registrationDates: [serialOf("2021-03-01")] },
    );
    expect(months).toEqual([
      {
        month: jan2021,
        registeredMembers: 0,
        newRegistrations: 0,
        orderingMembers: 1,
        newOrdering: 0,
        existingOrdering: 0,
        unregisteredOrdering: 1,
        orderingShare: null,
      },
    ]);
  });
});
