import { detectHeader } from "../../../src/table/header";

describe("detectHeader", () => {
  it("sees a text row above numbers and dates", () => {
    expect(
      detectHeader([
        ["Buyer", "Spend"],
        ["B1", 12],
        ["B2", "15"],
      ]),
    ).toBe(true);
    expect(
      detectHeader([
        ["when", "what"],
        ["2021-01-05", "x"],
      ]),
    ).toBe(true);
  });

  it("sees a header that names a known role even above text", () => {
    expect(
      detectHeader([
        ["會員編號", "姓名"],
        ["M1", "王"],
      ]),
    ).toBe(true);
  });

  it("reads data-like first rows as data", () => {
    expect(
      detectHeader([
        ["C1", 12],
        ["C2", 15],
      ]),
    ).toBe(false);
    expect(
      detectHeader([
        ["C1", "2021-01-05"],
        ["C2", "2021-01-06"],
      ]),
    ).toBe(false);
    expect(
      detectHeader([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(false);
  });

  it("treats an all-text table as having a header when the first row is filled and distinct", () => {
    expect(
      detectHeader([
        ["name", "city"],
        ["Amy", "Taipei"],
      ]),
    ).toBe(true);
    expect(
      detectHeader([
        ["Amy", "Amy"],
        ["Bob", "Taipei"],
      ]),
    ).toBe(false);
  });

  it("treats a lone text row as a header and a blank first row as none", () => {
    expect(detectHeader([["Customer ID", "Sales"]])).toBe(true);
    expect(detectHeader([["", null]])).toBe(false);
    expect(detectHeader([])).toBe(false);
  });
});
