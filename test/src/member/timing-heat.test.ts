import { orderTimingHeat } from "../../../src/member/timing-heat";
import { dayPartOfHour, memberDayParts } from "../../../src/member/day-part";
import { serialOf } from "./serial-of";

/*
 * Weekdays from the calendar: 2021-01-05 Tuesday (2), 2021-01-09 Saturday (6), 2021-01-10 Sunday (0).
 * Order o1 has two lines (18:00 and 18:30): it is one order at its earliest time, 18:00.
 */
describe("orderTimingHeat", () => {
  const heat = orderTimingHeat({
    memberIds: ["a", "a", "b", "c", "c"],
    orderIds: ["o1", "o1", "o2", "o3", "o4"],
    orderDates: [
      serialOf("2021-01-05T18:30:00"),
      serialOf("2021-01-05T18:00:00"),
      serialOf("2021-01-05T14:00:00"),
      serialOf("2021-01-10T09:30:00"),
      serialOf("2021-01-09T23:15:00"),
    ],
  });

  it("counts orders per weekday × hour", () => {
    expect(heat.hasTimeOfDay).toBe(true);
    expect(heat.orderCount).toBe(4);
    expect(heat.weekdayOrders).toEqual([1, 0, 2, 0, 0, 0, 1]);
    const cells = heat.weekdayHourOrders ?? [];
    expect(cells).toHaveLength(7);
    const filled: [number, number, number][] = [];
    cells.forEach((hours, weekday) =>
      hours.forEach((count, hour) => {
        if (count > 0) filled.push([weekday, hour, count]);
      }),
    );
    expect(filled).toEqual([
      [0, 9, 1],
      [2, 14, 1],
      [2, 18, 1],
      [6, 23, 1],
    ]);
  });

  it("does not put date-only data at hour 0: the hour table is absent", () => {
    const datesOnly = orderTimingHeat({
      memberIds: ["a", "b"],
      orderDates: [serialOf("2021-01-05"), serialOf("2021-01-10")],
    });
    expect(datesOnly.hasTimeOfDay).toBe(false);
    expect(datesOnly.weekdayHourOrders).toBeNull();
    expect(datesOnly.weekdayOrders).toEqual([1, 0, 1, 0, 0, 0, 0]);
  });

  it("counts orders at exactly midnight when other orders carry a time", () => {
    const mixed = orderTimingHeat({
      memberIds: ["a", "b"],
      orderDates: [serialOf("2021-01-05"), serialOf("2021-01-05T10:00:00")],
    });
    expect(mixed.ordersAtMidnight).toBe(1);
  });
});

describe("day-parts", () => {
  it.each([
    [0, "night"],
    [5, "night"],
    [6, "morning"],
    [11, "morning"],
    [12, "afternoon"],
    [17, "afternoon"],
    [18, "evening"],
    [23, "evening"],
  ] as const)("hour %d is %s", (hour, part) => {
    expect(dayPartOfHour(hour)).toBe(part);
  });

  it("rejects an hour outside 0..23", () => {
    expect(() => dayPartOfHour(24)).toThrow(expect.objectContaining({ code: "HOUR_INVALID" }));
  });

  it("prefers the part with most orders; a tie goes to the part of the latest order", () => {
    // m: 01:00 night, 07:00 morning, 19:00 and 20:00 evening → evening (2 orders).
    // n: 2021-01-04 20:00 evening, 2021-01-05 08:00 morning → 1 : 1, latest is morning.
    const result = memberDayParts({
      memberIds: ["m", "m", "m", "m", "n", "n"],
      orderDates: [
        serialOf("2021-01-01T01:00:00"),
        serialOf("2021-01-02T07:00:00"),
        serialOf("2021-01-02T19:00:00"),
        serialOf("2021-01-03T20:00:00"),
        serialOf("2021-01-04T20:00:00"),
        serialOf("2021-01-05T08:00:00"),
      ],
    });
    expect(result.members.map((m) => [m.memberId, m.preferred, m.ordersByPart])).toEqual([
      ["m", "evening", { night: 1, morning: 1, afternoon: 0, evening: 2 }],
      ["n", "morning", { night: 0, morning: 1, afternoon: 0, evening: 1 }],
    ]);
    expect(result.preferredCounts).toEqual({ night: 0, morning: 1, afternoon: 0, evening: 1 });
  });

  it("refuses dates without a time of day", () => {
    expect(() => memberDayParts({ memberIds: ["a"], orderDates: [serialOf("2021-01-05")] })).toThrow(
      expect.objectContaining({ code: "NO_TIME_OF_DAY" }),
    );
  });
});
