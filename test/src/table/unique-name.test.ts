import { uniqueColumnNames } from "../../../src/table/unique-name";

describe("uniqueColumnNames", () => {
  it("numbers repeats case-insensitively and names blanks by position", () => {
    expect(uniqueColumnNames(["Amount", "", "amount", "Amount"])).toEqual([
      "Amount",
      "Column 2",
      "amount (2)",
      "Amount (3)",
    ]);
  });

  it("never produces a name that a later header uses", () => {
    expect(uniqueColumnNames(["Amount", "Amount", "Amount (2)"])).toEqual([
      "Amount",
      "Amount (3)",
      "Amount (2)",
    ]);
    expect(uniqueColumnNames(["Column 2", "", "x"])).toEqual(["Column 2", "Column 2 (2)", "x"]);
  });

  it("trims headers", () => {
    expect(uniqueColumnNames([" Sales "])).toEqual(["Sales"]);
  });
});
