import { tableFromGrid } from "../../../src/table";
import { completeOrderRows, keyCells, optionalKeys, requiredKeys } from "../../../src/table/column-reader";

/*
 * The one column reader (issue 9). Before it, the CLI spelled a Boolean member id "TRUE" and the pane's worker
 * "true", and the pane's CLV path dropped member id 0 as blank while the CLI kept it. Expected values are the
 * cells written in each test: Excel shows a Boolean cell as TRUE / FALSE, and 0 is an id like any other.
 */
describe("the column reader", () => {
  it("spells Boolean keys as Excel shows them and keeps text and numbers as they are", () => {
    const table = tableFromGrid({
      values: [
        ["Flag", "Sales"],
        [true, 1],
        [null, 2],
        [false, 3],
      ],
    });
    const column = table.columns[0];
    if (column === undefined) throw new Error("no column");
    expect(column.type).toBe("boolean");
    expect(keyCells(column)).toEqual(["TRUE", null, "FALSE"]);
  });

  it("reads ids by role, and an absent optional role as undefined", () => {
    const table = tableFromGrid({
      values: [
        ["Member ID", "Sales"],
        [0, 5],
        ["m2", 7],
      ],
    });
    // A column mixing numbers and text is read as text, so the id 0 arrives as "0", never as a blank.
    expect(requiredKeys(table, "memberId", "test")).toEqual(["0", "m2"]);
    expect(optionalKeys(table, "orderId")).toBeUndefined();
  });

  it("keeps member 0 among the complete order rows and counts the rows that miss a value", () => {
    // Rows: member 0 on 2021-01-01 for 10; member "a" with no amount; blank member; "a" on 2021-01-03 for 5.
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order Date", "Sales"],
        [0, 44197, 10],
        ["a", 44198, null],
        [null, 44198, 3],
        ["a", 44199, 5],
      ],
      numberFormats: [
        ["General", "yyyy-mm-dd", "General"],
        ...Array(4).fill(["General", "yyyy-mm-dd", "General"]),
      ],
    });
    const rows = completeOrderRows(table, "clv");
    expect(rows.memberIds).toEqual(["0", "a"]);
    expect(rows.dateSerials).toEqual([44197, 44199]);
    expect(rows.amounts).toEqual([10, 5]);
    expect(rows.skippedRows).toBe(2);
    expect(rows.hasRegistrations).toBe(false);
  });

  it("reads an all-number id column as ids (text), so member 0 is kept like any other", () => {
    const format = ["General", "yyyy-mm-dd", "General"];
    const table = tableFromGrid({
      values: [
        ["Member ID", "Order Date", "Sales"],
        [0, 44197, 10],
        [1, 44198, 4],
      ],
      numberFormats: [format, format, format],
    });
    const rows = completeOrderRows(table, "clv");
    expect(rows.memberIds).toEqual(["0", "1"]);
    expect(rows.skippedRows).toBe(0);
  });
});
