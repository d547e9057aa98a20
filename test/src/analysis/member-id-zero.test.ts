/**
 * An id of 0 names no member in every analysis (issue 9's drift: R/F/M counted a "0" line as a blank member id
 * while the member analyses kept "0" as a member, so one file gave two member counts). Desktop Excel passes an
 * empty cell as 0 and exports write 0 for a guest order; id columns are read as text, so it arrives as "0".
 */
import { churnOrderLines } from "../../../src/analysis/churn-lines";
import { paretoAnalysis } from "../../../src/analysis/pareto";
import { rfmAnalysis } from "../../../src/analysis/rfm";
import { tableFromGrid } from "../../../src/table/table-from-grid";
import { CONTEXT } from "./member-fixture";

// By hand: members A (10 + 30 = 40) and B (60); the "0" line (guest, 900) is no member.
const table = tableFromGrid({
  values: [
    ["Member ID", "Order ID", "Order Date", "Amount"],
    ["A", "O1", "2024-01-02", 10],
    ["0", "O2", "2024-01-03", 900],
    ["B", "O3", "2024-01-04", 60],
    ["A", "O4", "2024-01-05", 30],
  ],
});

describe("member id 0", () => {
  it("is a blank member id for R/F/M", () => {
    const { members } = rfmAnalysis(table, {}, CONTEXT).result;
    expect(members.memberIds).toEqual(["A", "B"]);
    expect(members.skippedRows.blankMemberId).toBe(1);
  });

  it("is no member for the member analyses either: Pareto's top member holds 60 of 100, not 900 of 1000", () => {
    expect(paretoAnalysis(table, { topShare: 0.5 }, CONTEXT).result.facts.revenueShare).toBe(0.6);
  });

  it("is no member and no order id for the churn model's lines: the guest row is left out", () => {
    const { lines, skippedRows } = churnOrderLines(table, "churn");
    expect(lines.memberIds).toEqual(["A", "B", "A"]);
    expect(Array.from(lines.amounts)).toEqual([10, 60, 30]);
    expect(skippedRows).toBe(1);
    const zeroOrder = tableFromGrid({
      values: [
        ["Member ID", "Order ID", "Order Date", "Amount"],
        ["A", "0", "2024-01-02", 10],
        ["A", "O4", "2024-01-05", 30],
      ],
    });
    // An order id of 0 is no order id: the line is its own order.
    expect(churnOrderLines(zeroOrder, "churn").lines.orderIds).toEqual([null, "O4"]);
  });
});
