import { isExcelSerialDay, serialDayToIsoDate } from "../../../src/rfm/serial-day";

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
});

describe("isExcelSerialDay", () => {
  it("accepts 1..2958465 with a time of day and rejects the rest", () => {
    expect([1, 39082.5, 2958465.9].every(isExcelSerialDay)).toBe(true);
    expect([0, 0.5, -3, 2958466, Number.NaN, Infinity, "39082", null].some(isExcelSerialDay)).toBe(false);
  });
});
