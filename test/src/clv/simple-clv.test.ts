import { compareClvToCpa } from "../../../src/clv/cpa-comparison";
import { simpleClv } from "../../../src/clv/simple-clv";
import { simpleClvFromOrders } from "../../../src/clv/simple-clv-orders";
import { excelSerial } from "./cdnow-fixture";

const day = (d: number) => excelSerial(2024, 3, d);

describe("simpleClv", () => {
  it("is lifetime days × value per day", () => {
    expect(simpleClv(2.5, 120)).toBe(300);
    expect(() => simpleClv(-1, 10)).toThrow(expect.objectContaining({ code: "SIMPLE_CLV_INPUT_INVALID" }));
    expect(() => simpleClv(1, Number.NaN)).toThrow(
      expect.objectContaining({ code: "SIMPLE_CLV_INPUT_INVALID" }),
    );
  });
});

describe("simpleClvFromOrders (hand calculation)", () => {
  // A: registered Mar 1, orders Mar 5 (30) and Mar 21 (50) → lifetime 20 days, 80 spent, 4 per day.
  // B: no registration, orders Mar 10 (15) and Mar 15 (25) → lifetime 5 days, 40 spent, 8 per day.
  // C: registered Mar 12, one order that day (60) → lifetime 0 days: population value per day.
  // Expected lifetime = (20 + 5 + 0) / 3 = 8.3333 days; population value per day = (80 + 40) / (20 + 5) = 4.8.
  const result = simpleClvFromOrders({
    memberIds: ["A", "B", "A", "C", "B"],
    orderDateSerials: [day(5), day(10), day(21) + 0.6, day(12), day(15)],
    amounts: [30, 15, 50, 60, 25],
    registrationDateSerials: [day(1), null, day(1), day(12), null],
  });

  it("measures lifetime from registration (or first order) to last order, in whole days", () => {
    expect(result.members.map((member) => [member.memberId, member.lifetimeDays, member.totalSpend])).toEqual(
      [
        ["A", 20, 80],
        ["B", 5, 40],
        ["C", 0, 60],
      ],
    );
    expect(result.members[0]?.startSerial).toBe(day(1));
  });

  it("values each member at the expected lifetime × their value per day; 0-day members at the population's", () => {
    expect(result.expectedLifetimeDays).toBeCloseTo(25 / 3, 12);
    expect(result.populationValuePerDay).toBeCloseTo(4.8, 12);
    expect(result.members.map((member) => member.valuePerDay)).toEqual([4, 8, null]);
    expect(result.members.map((member) => member.valuePerDaySource)).toEqual([
      "member",
      "member",
      "population",
    ]);
    expect(result.members.map((member) => member.clv)).toEqual(
      [(25 / 3) * 4, (25 / 3) * 8, (25 / 3) * 4.8].map((v) => expect.closeTo(v, 10)),
    );
    expect(result.averageClv).toBeCloseTo((25 / 3) * 4.8, 12);
    expect(result.zeroLifetimeMembers).toBe(1);
  });

  it("accepts an expected lifetime from the caller", () => {
    const custom = simpleClvFromOrders(
      { memberIds: ["A", "A"], orderDateSerials: [day(1), day(11)], amounts: [10, 10] },
      { expectedLifetimeDays: 365 },
    );
    expect(custom.averageClv).toBeCloseTo(365 * 2, 12);
  });

  it.each([
    [{ memberIds: [], orderDateSerials: [], amounts: [] }, "SIMPLE_CLV_NO_ORDERS"],
    [{ memberIds: ["A"], orderDateSerials: [day(1)], amounts: [] }, "SIMPLE_CLV_COLUMNS_MISMATCH"],
    [{ memberIds: ["A"], orderDateSerials: [Number.NaN], amounts: [1] }, "SIMPLE_CLV_ORDER_INVALID"],
    [
      { memberIds: ["A", "B"], orderDateSerials: [day(1), day(2)], amounts: [5, 6] },
      "SIMPLE_CLV_NO_LIFETIME",
    ],
  ])("rejects %p", (orders, code) => {
    expect(() => simpleClvFromOrders(orders)).toThrow(expect.objectContaining({ code }));
  });
});

describe("compareClvToCpa", () => {
  it.each([
    [150, 40, 3.75, "healthy"],
    [120, 40, 3, "healthy"],
    [80, 40, 2, "marginal"],
    [40, 40, 1, "marginal"],
    [30, 40, 0.75, "unprofitable"],
  ])("CLV %p vs CPA %p → ratio %p, %p", (clv, cpa, ratio, verdict) => {
    expect(compareClvToCpa(clv, cpa)).toEqual({
      clvToCpaRatio: ratio,
      valueAfterAcquisition: clv - cpa,
      verdict,
    });
  });

  it("takes another healthy ratio and refuses a CPA of 0", () => {
    expect(compareClvToCpa(80, 40, { healthyRatio: 2 }).verdict).toBe("healthy");
    expect(() => compareClvToCpa(80, 0)).toThrow(expect.objectContaining({ code: "CPA_INVALID" }));
    expect(() => compareClvToCpa(80, 10, { healthyRatio: 0.5 })).toThrow(
      expect.objectContaining({ code: "CPA_THRESHOLD_INVALID" }),
    );
  });
});
