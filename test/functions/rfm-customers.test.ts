/**
 * =RFM.CUSTOMERS: =RFM.TABLE's columns from one row per member (issue 11). Expected values are written out by
 * hand: recency = days from the last order to the day after the latest last order (2021-03-19 → as-of
 * 2021-03-20), frequency and monetary as the cells give them.
 */
import { rfmCustomers } from "../../functions/rfm-customers";

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

const ids = [["M15"], ["M01"], ["M05"]];
const totals = [[160500], [1200], [600]];
const counts = [[9], [1], [1]];
// YYYYMMDD numbers as the study's SQL export writes them; date cells (serials) give the same.
const lastOrders = [[20210319], [20210315], [20201105]];

describe("=RFM.CUSTOMERS", () => {
  it("spills a header and one row per member: recency days, orders, amount, scores and segment", async () => {
    const spill = await rfmCustomers(ids, totals, counts, lastOrders);
    expect(spill[0]).toEqual([
      "Member",
      "Days since last order",
      "Orders",
      "Amount",
      "R score",
      "F score",
      "M score",
      "Segment",
    ]);
    // 2021-03-20 − 2021-03-19 = 1; − 2021-03-15 = 5; − 2020-11-05 = 135.
    expect(spill.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["M15", 1, 9, 160500],
      ["M01", 5, 1, 1200],
      ["M05", 135, 1, 600],
    ]);
  });

  it("reads date cells (serials) as YYYYMMDD numbers read", async () => {
    const serials = [[44274], [44270], [44140]];
    const spill = await rfmCustomers(ids, totals, counts, serials);
    expect(spill.slice(1).map((row) => row[1])).toEqual([1, 5, 135]);
  });

  it('counts to as_of, and takes recency days as given with last_order_kind "days"', async () => {
    const toMarch31 = await rfmCustomers(ids, totals, counts, lastOrders, 44286); // 2021-03-31
    expect(toMarch31.slice(1).map((row) => row[1])).toEqual([12, 16, 146]);
    const days = await rfmCustomers(ids, totals, counts, [[3], [17], [40]], null, "days");
    expect(days.slice(1).map((row) => row[1])).toEqual([3, 17, 40]);
  });

  it("gives #VALUE! naming the member when a member appears twice", async () => {
    const [[cell]] = (await rfmCustomers(
      [["A"], ["A"]],
      [[1], [2]],
      [[1], [1]],
      [[20210101], [20210102]],
    )) as [[unknown]];
    const error = errorOf(cell);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Member A appears more than once/);
  });

  it("gives #VALUE! naming the cell for text in order_counts", async () => {
    const [[cell]] = (await rfmCustomers(ids, totals, [[9], ["many"], [1]], lastOrders)) as [[unknown]];
    expect(errorOf(cell).message).toBe('order_counts (row 2, column 1) must be a number (got "many")');
  });
});
