import fc from "fast-check";
import { parseNumberText } from "../../../src/table/parse-number";

// Every expected value is the number the text denotes, read by hand.
describe("parseNumberText", () => {
  it.each([
    ["1234", 1234],
    ["-12.5", -12.5],
    ["1,234.5", 1234.5],
    ["12,345,678", 12345678],
    ["1 234", 1234],
    [" 42 ", 42],
    ["$12", 12],
    ["$ 1,200.00", 1200],
    ["NT$1,200", 1200],
    ["US$5", 5],
    ["¥35", 35],
    ["￥35", 35],
    ["€3.5", 3.5],
    ["£4", 4],
    ["35元", 35],
    ["12 USD", 12],
    ["RMB 88", 88],
    ["12%", 0.12],
    ["7.5%", 0.075],
    ["１２３", 123],
    ["１，２３４．５", 1234.5],
    ["－５", -5],
    ["(12)", -12],
    ["(1,234.50)", -1234.5],
    ["-$5", -5],
    ["$-5", -5],
    ["+7", 7],
    ["1.5e3", 1500],
    [".5", 0.5],
  ])("reads %j as %p", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    "",
    " ",
    "-",
    "$",
    "abc",
    "12abc",
    "12,34",
    "1,2345",
    "--5",
    "-$-5",
    "(-5)",
    "1.2.3",
    "e5",
    "#N/A",
    "1e999",
  ])("rejects %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("reads back any finite number printed by String() or en-US grouping (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        expect(parseNumberText(String(value))).toBe(value === 0 ? 0 : value);
        const grouped = value.toLocaleString("en-US", { maximumFractionDigits: 20 });
        expect(parseNumberText(grouped)).toBeCloseTo(value, 6);
      }),
    );
  });
});
