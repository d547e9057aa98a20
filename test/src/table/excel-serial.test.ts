import fc from "fast-check";
import {
  excelSerialFromEpochMs,
  excelSerialFromParts,
  excelSerialToParts,
  isExcelSerialDay,
  isoFromExcelSerial,
  serialDayToIsoDate,
} from "../../../src/table/excel-serial";

// Expected serials: Python `(date(y, m, d) - date(1899, 12, 30)).days` (the 1900 system after 1900-02-28):
// 2021-01-05 → 44201, 1970-01-01 → 25569, 9999-12-31 → 2958465, 1900-03-01 → 61;
// (datetime(2021,1,5,13,45) - datetime(1899,12,30)).total_seconds()/86400 → 44201.572916666664.
const day = (year: number, month: number, dayOfMonth: number, hours = 0, minutes = 0, seconds = 0) =>
  excelSerialFromParts({ year, month, day: dayOfMonth, hours, minutes, seconds });

describe("excelSerialFromParts", () => {
  it("matches Python's date arithmetic", () => {
    expect(day(2021, 1, 5)).toBe(44201);
    expect(day(1970, 1, 1)).toBe(25569);
    expect(day(9999, 12, 31)).toBe(2958465);
    expect(day(2021, 1, 5, 13, 45)).toBeCloseTo(44201.572916666664, 10);
  });

  it("keeps Excel's fictitious 1900-02-29: serial 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01", () => {
    expect(day(1900, 1, 1)).toBe(1);
    expect(day(1900, 2, 28)).toBe(59);
    expect(day(1900, 3, 1)).toBe(61);
  });

  it("returns null for impossible dates and times", () => {
    expect(day(2021, 2, 29)).toBeNull();
    expect(day(2021, 13, 1)).toBeNull();
    expect(day(1899, 12, 31)).toBeNull();
    expect(day(2021, 1, 5, 24, 0)).toBeNull();
    expect(day(2021, 1, 5, 12, 60)).toBeNull();
  });
});

describe("excelSerialFromEpochMs", () => {
  it("reads a Date's UTC wall clock", () => {
    expect(excelSerialFromEpochMs(Date.UTC(1970, 0, 1))).toBe(25569);
    expect(excelSerialFromEpochMs(Date.UTC(2021, 0, 5, 12))).toBe(44201.5);
    expect(excelSerialFromEpochMs(Number.NaN)).toBeNull();
  });
});

describe("excelSerialToParts / isoFromExcelSerial", () => {
  it("formats serials as ISO text", () => {
    expect(isoFromExcelSerial(44201)).toBe("2021-01-05");
    expect(isoFromExcelSerial(44201.572916666664)).toBe("2021-01-05T13:45:00");
    expect(isoFromExcelSerial(60)).toBe("1900-02-29");
    expect(isoFromExcelSerial(61)).toBe("1900-03-01");
  });

  it("rolls a time that rounds to 24:00 over to midnight of the next day", () => {
    // 86399.9996 s is 0.4 ms before midnight: it rounds to 86 400 000 ms = the next day at 00:00:00.
    expect(excelSerialToParts(44201 + 86399.9996 / 86400)).toEqual({
      year: 2021,
      month: 1,
      day: 6,
      hours: 0,
      minutes: 0,
      seconds: 0,
    });
    expect(excelSerialToParts(60 + 86399.9996 / 86400)).toMatchObject({ month: 2, day: 29, hours: 0 });
  });

  it("throws SERIAL_OUT_OF_RANGE outside 1..2958465", () => {
    expect(() => excelSerialToParts(0)).toThrow(expect.objectContaining({ code: "SERIAL_OUT_OF_RANGE" }));
    expect(() => excelSerialToParts(Number.NaN)).toThrow(
      expect.objectContaining({ code: "SERIAL_OUT_OF_RANGE" }),
    );
  });

  it("round-trips every calendar date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 2, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const parts = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hours: 0,
            minutes: 0,
            seconds: 0,
          };
          const serial = excelSerialFromParts(parts);
          expect(serial).not.toBeNull();
          expect(excelSerialToParts(serial as number)).toEqual(parts);
        },
      ),
    );
  });
});

// Known Excel 1900-system serials (Excel shows these dates for these numbers): 1 = 1900-01-01, 59 = 1900-02-28,
// 61 = 1900-03-01 (60 is Excel's non-existent 1900-02-29), 25569 = 1970-01-01, 39082 = 2006-12-31,
// 2958465 = 9999-12-31.
describe("serialDayToIsoDate", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [39082, "2006-12-31"],
    [39082.99, "2006-12-31"],
    [2958465, "9999-12-31"],
  ])("%d → %s", (serial, iso) => {
    expect(serialDayToIsoDate(serial)).toBe(iso);
  });

  it("shifts serial 60 (Excel's 1900-02-29) and 0 by one day like the other serials below 61", () => {
    // By hand: 60 + 1 = real day 61 = 1900-03-01; 0 + 1 = real day 1 = the day before 1900-01-01 (real day 2).
    expect(serialDayToIsoDate(60)).toBe("1900-03-01");
    expect(serialDayToIsoDate(0)).toBe("1899-12-31");
  });
});

describe("isExcelSerialDay", () => {
  it("accepts 1..2958465 with a time of day and rejects the rest", () => {
    expect([1, 39082.5, 2958465.9].every(isExcelSerialDay)).toBe(true);
    expect([0, 0.5, -3, 2958466, Number.NaN, Infinity, "39082", null].some(isExcelSerialDay)).toBe(false);
  });
});
