import fc from "fast-check";
import {
  civilDateOfSerial,
  isCalendarSerial,
  monthIndexOfSerial,
  monthLabel,
  serialFromCivilDate,
  serialOfMonthStart,
  splitSerial,
  weekdayOfSerial,
} from "../../../src/member/excel-serial";

/*
 * Known values, from outside the code:
 * - Excel documents 1900-01-01 = serial 1 and 2008-01-01 = 39448 (DATEVALUE help page); 1970-01-01 = 25569 is the
 *   usual Unix-epoch anchor (=DATE(1970,1,1)); 2021-01-01 = 44197 (=DATE(2021,1,1)).
 * - Weekdays from a calendar: 1970-01-01 Thursday, 2021-01-05 Tuesday, 2000-02-29 Tuesday, 1900-03-01 Thursday,
 *   9999-12-31 Friday. Excel WEEKDAY(d, 1) returns 1 = Sunday … 7 = Saturday; ours is that minus 1.
 */
describe("serialFromCivilDate / civilDateOfSerial", () => {
  it.each([
    [1970, 1, 1, 25569],
    [2008, 1, 1, 39448],
    [2021, 1, 1, 44197],
    [2021, 1, 5, 44201],
    [1900, 3, 1, 61],
    [9999, 12, 31, 2958465],
  ])("%d-%d-%d is serial %d and back", (year, month, day, serial) => {
    expect(serialFromCivilDate(year, month, day)).toBe(serial);
    expect(civilDateOfSerial(serial + 0.75)).toEqual({ year, month, day });
  });

  it("agrees with Date.UTC for any date from 1900-03-01 to 9999-12-31 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const utc = new Date((serial - 25569) * 86_400_000);
        const expected = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
        expect(civilDateOfSerial(serial)).toEqual(expected);
        expect(serialFromCivilDate(expected.year, expected.month, expected.day)).toBe(serial);
      }),
    );
  });
});

describe("weekdayOfSerial (0 = Sunday, Excel WEEKDAY(d, 1) − 1)", () => {
  it.each([
    [25569, 4, "1970-01-01 Thursday"],
    [44201, 2, "2021-01-05 Tuesday"],
    [36585, 2, "2000-02-29 Tuesday"],
    [61, 4, "1900-03-01 Thursday"],
    [2958465, 5, "9999-12-31 Friday"],
    [1, 0, "Excel's serial 1 is a Sunday (WEEKDAY(1) = 1)"],
  ])("serial %d → %d (%s)", (serial, weekday) => {
    expect(weekdayOfSerial(serial)).toBe(weekday);
  });

  it("matches Date.getUTCDay for real dates, whatever the time of day (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (day, time) => {
          const expected = new Date((day - 25569) * 86_400_000).getUTCDay();
          expect(weekdayOfSerial(day + time)).toBe(expected);
        },
      ),
    );
  });
});

describe("splitSerial", () => {
  it("keeps 14:00 in hour 14 although 14/24 × 24 is 13.999…", () => {
    expect(splitSerial(44201 + 14 / 24)).toEqual({ daySerial: 44201, secondOfDay: 14 * 3600 });
  });

  it("rounds 23:59:59.7 up to midnight of the next day, as Excel's display does", () => {
    expect(splitSerial(44201 + 86399.7 / 86400)).toEqual({ daySerial: 44202, secondOfDay: 0 });
  });
});

describe("months", () => {
  it("numbers months consecutively across a year end: 2020-12 → 2021-01 is +1", () => {
    expect(monthIndexOfSerial(44196)).toBe(2020 * 12 + 11); // 2020-12-31
    expect(monthIndexOfSerial(44197)).toBe(2021 * 12); // 2021-01-01
    expect(monthLabel(2021 * 12 + 1)).toBe("2021-02");
    expect(serialOfMonthStart(2021 * 12 + 1)).toBe(44228); // =DATE(2021,2,1)
  });
});

describe("isCalendarSerial", () => {
  it.each([
    [61, true],
    [2958465.99, true],
    [60, false],
    [2958466, false],
    [Number.NaN, false],
  ])("%d → %s", (serial, expected) => {
    expect(isCalendarSerial(serial)).toBe(expected);
  });
});
