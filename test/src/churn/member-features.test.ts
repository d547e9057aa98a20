import { churnLabels } from "../../../src/churn/churn-labels";
import { memberFeatures } from "../../../src/churn/member-features";
import { memberHistory } from "../../../src/churn/member-history";
import { serialFromCivilDate } from "../../../src/dates/civil-date";

const day = (month: number, date: number): number => serialFromCivilDate(2024, month, date);

/*
 * Worked by hand (as of 2024-03-31):
 *   A: 01-01 O1 (two lines 10 + 30, coupon 5 on one), 01-01 O2 (20), 01-11 O3 (15 at 18:30), 01-31 O4 (25)
 *      → purchase days 01-01, 01-11, 01-31: recency 60, 3 days, tenure 90, gaps 10 and 20 → mean 15,
 *        CV = sd(10, 20) / 15 = 5 / 15; spend 100 → ln 101; orders 40, 20, 15, 25 → AOV 25,
 *        CV = sd / 25 with sd = √((225 + 25 + 100 + 0) / 4) = √87.5 = 9.354…; coupon share 1/4.
 *   B: one line on 03-01 (12): recency 30, 1 day, tenure 30, mean gap = the open gap 30, CVs 0.
 *   C: a line on 04-10 only: not a member yet as of 03-31.
 */
const lines = {
  memberIds: ["A", "A", "A", "B", "A", "A", "C"],
  orderIds: ["O1", "O1", "O2", "O9", "O3", "O4", "O5"],
  dateSerials: [day(1, 1), day(1, 1), day(1, 1), day(3, 1), day(1, 11) + 0.77, day(1, 31), day(4, 10)],
  amounts: [10, 30, 20, 12, 15, 25, 8],
  couponAmounts: [5, null, null, null, null, null, null],
};

describe("memberFeatures", () => {
  it("computes the features of the definitions by hand", () => {
    const matrix = memberFeatures(memberHistory(lines), day(3, 31));
    expect(matrix.features).toEqual([
      "recencyDays",
      "purchaseDays",
      "logSpend",
      "tenureDays",
      "meanGapDays",
      "gapCv",
      "aov",
      "aovCv",
      "couponShare",
    ]);
    expect(Array.from(matrix.members)).toEqual([0, 1]);
    const [a, b] = [Array.from(matrix.values.subarray(0, 9)), Array.from(matrix.values.subarray(9))];
    const expectedA = [60, 3, Math.log(101), 90, 15, 5 / 15, 25, Math.sqrt(87.5) / 25, 0.25];
    expectedA.forEach((value, index) => expect(a[index]).toBeCloseTo(value, 12));
    expect(b).toEqual([30, 1, Math.log(13), 30, 30, 0, 12, 0, 0]);
    expect(Array.from(matrix.spend)).toEqual([100, 12]);
  });

  it("treats every line as an order without an order column, and drops couponShare without a coupon column", () => {
    const { orderIds: _orders, couponAmounts: _coupons, ...plain } = lines;
    const matrix = memberFeatures(memberHistory(plain), day(3, 31));
    expect(matrix.features).not.toContain("couponShare");
    // A's five lines are five orders: 10, 30, 20, 15, 25 → AOV 20.
    expect(matrix.values[matrix.features.indexOf("aov")]).toBe(20);
  });

  it("keeps a member's sign of a negative spend: logSpend = −ln(1 + |S|)", () => {
    const history = memberHistory({ memberIds: ["R"], dateSerials: [day(1, 5)], amounts: [-9] });
    expect(memberFeatures(history, day(1, 5)).values[2]).toBeCloseTo(-Math.log(10), 15);
  });

  it("labels churn by the lines in (calibration end, end + horizon]", () => {
    const history = memberHistory(lines);
    const matrix = memberFeatures(history, day(1, 31));
    // A bought nothing in Feb; B bought on 03-01 = day 30 after 01-31 (inside 30 days, outside 29).
    expect(Array.from(churnLabels(history, matrix.members, day(1, 31), 30))).toEqual([1]);
    const later = memberFeatures(history, day(3, 1));
    expect(Array.from(churnLabels(history, later.members, day(2, 10), 20))).toEqual([1, 0]);
  });
});
