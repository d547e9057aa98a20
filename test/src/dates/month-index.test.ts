import { monthIndexOfSerial, monthLabel, serialOfMonthStart } from "../../../src/dates/month-index";

// 2021-02-01 = serial 44228 (=DATE(2021,2,1) in Excel); 2020-12-31 = 44196, 2021-01-01 = 44197.
describe("months", () => {
  it("numbers months consecutively across a year end: 2020-12 → 2021-01 is +1", () => {
    expect(monthIndexOfSerial(44196)).toBe(2020 * 12 + 11); // 2020-12-31
    expect(monthIndexOfSerial(44197)).toBe(2021 * 12); // 2021-01-01
    expect(monthLabel(2021 * 12 + 1)).toBe("2021-02");
    expect(serialOfMonthStart(2021 * 12 + 1)).toBe(44228); // =DATE(2021,2,1)
  });
});
