import { dayOrderEvidence, parseDateText, serialFromCompactDate } from "../../../src/table/parse-date";

// Serials from Python: (date(2021,1,5) - date(1899,12,30)).days = 44201; 2021-05-01 → 44317;
// 2021-09-05 → 44444; 13:45 = 0.572916666… of a day (13.75 / 24), 12:00 = 0.5.
describe("parseDateText", () => {
  it.each([
    ["2021-01-05", 44201],
    ["2021-1-5", 44201],
    ["2021/1/5", 44201],
    ["2021.01.05", 44201],
    ["2021年1月5日", 44201],
    ["2021年1月5号", 44201],
    ["２０２１年１月５日", 44201],
    ["1/5/2021", 44201],
    ["5-Jan-2021", 44201],
    ["5 January 2021", 44201],
    ["Jan 5, 2021", 44201],
    ["Sept 5, 2021", 44444],
    ["2021-01-05 12:00", 44201.5],
    ["2021-01-05T12:00:00", 44201.5],
    ["2021-01-05T12:00:00Z", 44201.5],
    ["2021-01-05T12:00:00+08:00", 44201.5],
    ["2021-01-05 12:00 PM", 44201.5],
    ["2021-01-05 12:00 AM", 44201],
    ["2021年1月5日 12:00", 44201.5],
  ])("reads %j as serial %p", (text, expected) => {
    expect(parseDateText(text)).toBeCloseTo(expected, 9);
  });

  it("reads time to the second: 2021-01-05 13:45:30 = 44201 + 49530/86400", () => {
    expect(parseDateText("2021-01-05 13:45:30")).toBeCloseTo(44201 + 49530 / 86400, 9);
  });

  it("reads a/b/yyyy month-first by default and day-first on request", () => {
    expect(parseDateText("1/5/2021", { dayOrder: "dmy" })).toBe(44317);
    expect(parseDateText("25/12/2021")).toBeNull();
  });

  it("accepts yyyymmdd only when allowed", () => {
    expect(parseDateText("20210105")).toBeNull();
    expect(parseDateText("20210105", { allowCompact: true })).toBe(44201);
  });

  it.each([
    "",
    "2021-02-30",
    "2021-13-01",
    "yesterday",
    "2021-01-05 25:00",
    "2021-01-05 13:00 PM",
    "5/1",
    "Foo 5, 2021",
  ])("rejects %j", (text) => {
    expect(parseDateText(text, { allowCompact: true })).toBeNull();
  });
});

describe("dayOrderEvidence", () => {
  it("decides only when one part is above 12", () => {
    expect(dayOrderEvidence("25/12/2021")).toBe("dmy");
    expect(dayOrderEvidence("12/25/2021")).toBe("mdy");
    expect(dayOrderEvidence("1/5/2021")).toBeNull();
    expect(dayOrderEvidence("2021-01-05")).toBeNull();
  });
});

describe("serialFromCompactDate", () => {
  it("reads yyyymmdd integers in 1900..2100", () => {
    expect(serialFromCompactDate(20210105)).toBe(44201);
    expect(serialFromCompactDate(20210230)).toBeNull();
    expect(serialFromCompactDate(21010101)).toBeNull();
    expect(serialFromCompactDate(2021010.5)).toBeNull();
  });
});
