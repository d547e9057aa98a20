import { QualityLog } from "../../../src/table/quality";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import type { QualityIssue, Table, TableOptions } from "../../../src/table/types";
import { fixtureGrid } from "./fixture-grid";

// One bad file per rule (test/fixtures/intake/quality-*.csv). Expected counts and examples are read off the
// files by hand: the header is line 1, so the first data line is row 2.
const read = (name: string, options?: TableOptions): Table => tableFromGrid(fixtureGrid(name), options);
const issue = (table: Table, rule: string): QualityIssue | undefined =>
  table.quality.find((found) => found.rule === rule);

describe("data-quality rules, one bad file each", () => {
  it("emptyRow: blank lines 3 and 5 between data are skipped and counted; trailing blank lines are not", () => {
    const table = read("quality-empty-row.csv");
    expect(table.rowCount).toBe(3);
    expect(table.sourceRowNumbers).toEqual([2, 4, 6]);
    expect(issue(table, "emptyRow")).toEqual({
      rule: "emptyRow",
      count: 2,
      examples: [
        { row: 3, column: "", value: "" },
        { row: 5, column: "", value: "" },
      ],
    });
  });

  it("raggedRow: line 3 has an unquoted comma (4 cells), line 4 is short (2 cells)", () => {
    const table = read("quality-ragged-row.csv");
    expect(issue(table, "raggedRow")).toEqual({
      rule: "raggedRow",
      count: 2,
      examples: [
        { row: 3, column: "", value: "M2, Shirt, large, 20" },
        { row: 4, column: "", value: "M3, Hat, , " },
      ],
    });
    // The shifted value lands in Sales and is reported there too.
    expect(issue(table, "unparseableNumber")?.examples).toEqual([
      { row: 3, column: "Sales", value: "large" },
    ]);
  });

  it("errorValue: #N/A, #VALUE!, #DIV/0! and #REF! on lines 3, 4, 5 (two on line 5) are read as missing", () => {
    const table = read("quality-error-value.csv");
    expect(issue(table, "errorValue")).toEqual({
      rule: "errorValue",
      count: 3,
      examples: [
        { row: 3, column: "Sales", value: "#N/A" },
        { row: 4, column: "Quantity", value: "#VALUE!" },
        { row: 5, column: "Sales", value: "#DIV/0!" },
        { row: 5, column: "Quantity", value: "#REF!" },
      ],
    });
    expect(table.columns[1]?.values).toEqual([10, null, 30, null, 50]);
  });

  it("unparseableNumber: 'ten' (line 3) and 'n/a' (line 13) in Sales", () => {
    const table = read("quality-unparseable-number.csv");
    expect(issue(table, "unparseableNumber")).toEqual({
      rule: "unparseableNumber",
      count: 2,
      examples: [
        { row: 3, column: "Sales", value: "ten" },
        { row: 13, column: "Sales", value: "n/a" },
      ],
    });
    expect(table.columns[1]?.type).toBe("number");
  });

  it("unparseableDate: 2021-02-30 (line 3) and 'yesterday' (line 4); 2021/1/7 reads", () => {
    const table = read("quality-unparseable-date.csv");
    expect(issue(table, "unparseableDate")?.count).toBe(2);
    expect(issue(table, "unparseableDate")?.examples.map((example) => example.value)).toEqual([
      "2021-02-30",
      "yesterday",
    ]);
    // 2021-01-05 = 44201 and 2021-01-07 = 44203 (Python date arithmetic, see excel-serial.test.ts).
    expect(table.columns[1]?.values).toEqual([44201, null, null, 44203]);
  });

  it("unparseableBoolean: 9 of 10 TRUE/FALSE make a boolean column; 'maybe' on line 11 is reported", () => {
    const table = read("quality-unparseable-boolean.csv");
    expect(table.columns[1]?.type).toBe("boolean");
    expect(issue(table, "unparseableBoolean")).toEqual({
      rule: "unparseableBoolean",
      count: 1,
      examples: [{ row: 11, column: "Active", value: "maybe" }],
    });
  });

  it("blankKey: member blank on line 3, order and product blank on line 4 (one row)", () => {
    const table = read("quality-blank-key.csv");
    expect(issue(table, "blankKey")).toEqual({
      rule: "blankKey",
      count: 2,
      examples: [
        { row: 3, column: "Member", value: "" },
        { row: 4, column: "Order ID", value: "" },
        { row: 4, column: "Product ID", value: "" },
      ],
    });
  });

  it("blankValue: order date blank on line 3, sales and quantity on line 4", () => {
    const table = read("quality-blank-value.csv");
    expect(issue(table, "blankValue")).toEqual({
      rule: "blankValue",
      count: 2,
      examples: [
        { row: 3, column: "Order Date", value: "" },
        { row: 4, column: "Sales", value: "" },
        { row: 4, column: "Quantity", value: "" },
      ],
    });
  });

  it("negativeAmount: -20 sales, -3 quantity and -10 unit price, (40) sales; a negative discount is not one", () => {
    const table = read("quality-negative-amount.csv");
    expect(issue(table, "negativeAmount")).toEqual({
      rule: "negativeAmount",
      count: 3,
      examples: [
        { row: 3, column: "Sales", value: "-20" },
        { row: 4, column: "Quantity", value: "-3" },
        { row: 4, column: "Unit Price", value: "-10" },
        { row: 5, column: "Sales", value: "(40)" },
      ],
    });
    expect(table.columns[1]?.values).toEqual([10, -20, 30, -40]);
  });

  it("futureDate: with today = 2026-01-01 (serial 46023, Python), 2031-01-05 on line 3 is in the future", () => {
    const table = read("quality-future-date.csv", { todaySerial: 46023 });
    expect(issue(table, "futureDate")).toEqual({
      rule: "futureDate",
      count: 1,
      examples: [{ row: 3, column: "Order Date", value: "2031-01-05" }],
    });
    expect(issue(read("quality-future-date.csv"), "futureDate")).toBeUndefined();
  });

  it("duplicateLine: lines 4 and 5 repeat line 2; line 7 differs from line 3 in Sales", () => {
    const table = read("quality-duplicate-line.csv");
    expect(table.rowCount).toBe(6);
    expect(issue(table, "duplicateLine")).toEqual({
      rule: "duplicateLine",
      count: 2,
      examples: [
        { row: 4, column: "", value: "M1, O1, 10" },
        { row: 5, column: "", value: "M1, O1, 10" },
      ],
    });
  });

  it("a clean export has no issues but the day order it had to assume", () => {
    // Every date in the file (11/8/2016, 6/12/2016, 10/11/2015 …) has both parts at most 12: it reads
    // month first (the US export's order) and says so, since 11/8 could as well be 11 August.
    expect(read("english-orders.csv").quality.map((issue) => issue.rule)).toEqual(["dayOrderAssumed"]);
  });

  it("keeps only the five earliest examples but counts every row", () => {
    const values: unknown[][] = [["Sales"]];
    for (let row = 0; row < 12; row++) values.push([row % 2 === 0 ? "bad" : row]);
    const table = tableFromGrid({ values });
    const found = issue(table, "unparseableNumber");
    expect(found?.count).toBe(6);
    expect(found?.examples.map((example) => example.row)).toEqual([2, 4, 6, 8, 10]);
  });
});

describe("QualityLog.countRow", () => {
  it("counts every row once and asks for an example only while it would be among the five earliest", () => {
    const log = new QualityLog(10);
    const asked: number[] = [];
    for (const index of [9, 8, 7, 6, 5, 4, 3, 3]) {
      const row = index + 2;
      if (log.countRow("negativeAmount", index, row, 0)) {
        asked.push(row);
        log.add("negativeAmount", index, { row, column: "Sales", value: "-1" }, 0);
      }
    }
    // Rows 11..7 fill the five; 6 and 5 sort earlier and are asked for; row 5 again is earlier than row 7.
    expect(asked).toEqual([11, 10, 9, 8, 7, 6, 5, 5]);
    const [issue] = log.issues();
    expect(issue?.count).toBe(7); // rows 3..9 once each
    expect(issue?.examples.map((example) => example.row)).toEqual([5, 5, 6, 7, 8]);
  });
});
