import fc from "fast-check";
import { splitSerial, weekdayOfSerial } from "../../../src/dates/serial-day";

/*
 * Weekdays from a calendar: 1970-01-01 Thursday, 2021-01-05 Tuesday, 2000-02-29 Tuesday, 1900-03-01 Thursday,
 * 9999-12-31 Friday. Excel WEEKDAY(d, 1) returns 1 = Sunday … 7 = Saturday; ours is that minus 1.
 */
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
