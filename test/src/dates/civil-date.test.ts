import fc from "fast-check";
import {
  civilDateOfDaySerial,
  daysInMonth,
  isCalendarSerial,
  isoFromCivilDate,
  serialFromCivilDate,
} from "../../../src/dates/civil-date";
import { civilDateOfSerial } from "../../../src/dates/serial-day";

/*
 * Known values, from outside the code:
 * - Excel documents 1900-01-01 = serial 1 and 2008-01-01 = 39448 (DATEVALUE help page); 1970-01-01 = 25569 is the
 *   usual Unix-epoch anchor (=DATE(1970,1,1)); 2021-01-01 = 44197 (=DATE(2021,1,1)).
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

describe("civilDateOfDaySerial / isoFromCivilDate / daysInMonth", () => {
  // Python: (date(1899, 12, 30) + timedelta(days=42916)).isoformat() → "2017-06-30"; 36585 → "2000-02-29".
  it.each([
    [42916, "2017-06-30"],
    [36585, "2000-02-29"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("day %d is %s", (serial, iso) => {
    expect(isoFromCivilDate(civilDateOfDaySerial(serial))).toBe(iso);
  });

  it("pads the year to four digits", () => {
    expect(isoFromCivilDate({ year: 812, month: 3, day: 7 })).toBe("0812-03-07");
  });

  // Gregorian rule: 2000 (divisible by 400) is a leap year, 1900 and 2100 (by 100 only) are not.
  it.each([
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2024, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
    [2021, 13, 0],
  ])("%d-%d has %d days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
