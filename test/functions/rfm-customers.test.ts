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

  it("gives #VALUE! naming the cell when no row is left: a text order count in the only row", async () => {
    const [[cell]] = (await rfmCustomers([["M01"]], [[1200]], [["many"]], [[20210315]])) as [[unknown]];
    expect(errorOf(cell).message).toBe('order_counts (row 1, column 1) must be a number (got "many")');
  });
});

/**
 * One bad cell is kept to its member's row, as =RFM.TABLE keeps it (functions/shared/member-rows.ts): the other
 * members keep their rows, with recency counted to the day after the latest last order among them.
 */
describe("=RFM.CUSTOMERS with one bad cell", () => {
  const shownRow = (row: readonly unknown[] | undefined) =>
    (row ?? []).map((cell) => (cell instanceof CustomFunctions.Error ? errorOf(cell) : cell));
  const badRow = (member: string, message: string) => [
    member,
    ...Array.from({ length: 7 }, () => ({ code: "#VALUE!", message })),
  ];

  it("text in an order count: that member's row shows #VALUE!, the others their figures", async () => {
    const spill = await rfmCustomers(ids, totals, [[9], ["many"], [1]], lastOrders);
    expect(spill).toHaveLength(4);
    // M15's 2021-03-19 is still the latest: as of 2021-03-20, M15 1 day, M05 135 days.
    expect(spill[1]?.slice(0, 4)).toEqual(["M15", 1, 9, 160500]);
    expect(shownRow(spill[2])).toEqual(
      badRow("M01", 'order_counts (row 2, column 1) must be a number (got "many")'),
    );
    expect(spill[3]?.slice(0, 4)).toEqual(["M05", 135, 1, 600]);
  });

  it("an error cell in last_orders: that member's row only; the as-of day comes from the others", async () => {
    const withNa = [
      [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)],
      [20210315],
      [20201105],
    ];
    const spill = await rfmCustomers(ids, totals, counts, withNa);
    expect(shownRow(spill[1])).toEqual(
      badRow("M15", "last_orders (row 1, column 1) is an error value (#N/A)"),
    );
    // Latest usable last order 2021-03-15 → as of 2021-03-16: M01 1 day; M05 from 2020-11-05:
    // 25 (rest of Nov) + 31 (Dec) + 31 (Jan) + 28 (Feb) + 16 (Mar) = 131 days.
    expect(spill.slice(2).map((row) => row.slice(0, 4))).toEqual([
      ["M01", 1, 1, 1200],
      ["M05", 131, 1, 600],
    ]);
  });

  it("an error cell in member_ids: a #VALUE! row of its own; the other members' rows stay", async () => {
    const idsWithNa = [["M15"], [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)], ["M05"]];
    const spill = await rfmCustomers(idsWithNa, totals, counts, lastOrders);
    expect(spill[1]?.slice(0, 4)).toEqual(["M15", 1, 9, 160500]);
    expect(shownRow(spill[2])).toEqual(
      Array.from({ length: 8 }, () => ({
        code: "#VALUE!",
        message: "member_ids (row 2, column 1) is an error value (#N/A)",
      })),
    );
    expect(spill[3]?.slice(0, 4)).toEqual(["M05", 135, 1, 600]);
  });

  it("a blank last order date: that row is left out, the others keep their rows", async () => {
    const spill = await rfmCustomers(ids, totals, counts, [[20210319], [20210315], [null]]);
    expect(spill.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["M15", 1, 9, 160500],
      ["M01", 5, 1, 1200],
    ]);
  });
});
