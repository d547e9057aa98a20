import fc from "fast-check";
import type { CoreError } from "../../../src/errors";
import {
  dateFromSerial,
  isoDateFromSerial,
  serialFromDate,
  serialFromIsoDate,
} from "../../../src/yoy/serial-date";
import { periodFromIsoDates, rowsInPeriod, yearPeriod } from "../../../src/yoy/period";

/*
 * Expected serials computed offline with Python: (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days,
 * which equals Excel's 1900-system serial for every date from 1900-03-01 on.
 */
describe("Excel serial days", () => {
  it.each([
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2000-02-29", 36585],
    ["2016-01-01", 42370],
    ["2016-12-31", 42735],
    ["2017-01-01", 42736],
    ["2017-06-30", 42916],
    ["2017-12-31", 43100],
    ["9999-12-31", 2958465],
  ])("%s ↔ %d", (iso, serial) => {
    expect(serialFromIsoDate(iso)).toBe(serial);
    expect(isoDateFromSerial(serial)).toBe(iso);
  });

  it("ignores the time of day", () => {
    expect(dateFromSerial(42916.999)).toEqual({ year: 2017, month: 6, day: 30 });
  });

  it("round-trips every supported serial (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(serialFromDate(dateFromSerial(serial))).toBe(serial);
      }),
    );
  });

  it("refuses non-dates and dates before 1900-03-01 (Excel's fictitious 1900-02-29)", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).code;
      }
      return undefined;
    };
    expect(codeOf(() => serialFromIsoDate("2017-02-29"))).toBe("DATE_INVALID");
    expect(codeOf(() => serialFromIsoDate("2017/01/01"))).toBe("DATE_INVALID");
    expect(codeOf(() => serialFromIsoDate("1900-02-28"))).toBe("DATE_OUT_OF_RANGE");
    expect(codeOf(() => dateFromSerial(60))).toBe("DATE_OUT_OF_RANGE");
    expect(codeOf(() => periodFromIsoDates("2017-02-01", "2017-01-01"))).toBe("PERIOD_REVERSED");
  });
});

describe("periods", () => {
  it("a year runs from 1 January to 31 December", () => {
    expect(yearPeriod(2016)).toEqual({ fromSerial: 42370, toSerial: 42735 });
  });

  it("rowsInPeriod includes both ends and skips blanks", () => {
    expect(rowsInPeriod([42369.9, 42370, 42735.99, 42736, null, Number.NaN], yearPeriod(2016))).toEqual([
      1, 2,
    ]);
  });
});
