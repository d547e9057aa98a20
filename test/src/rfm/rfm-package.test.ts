/**
 * Reproduces R's rfm package on its own sample data (test/fixtures/rfm/README.md has the provenance).
 * Expected values: shared/data/README.md, section "R rfm package sample".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { rfmFromOrders } from "../../../src/rfm/rfm-from-orders";
import { rfmQuantileScores } from "../../../src/rfm/rfm-scores";
import type { MemberRfm } from "../../../src/rfm/member-rfm";

interface OrderRow {
  customer_id: string;
  order_date: string;
  revenue: number;
}

/** Excel serial day of an ISO date: days since 1970-01-01 (UTC) + 25569. */
function isoToSerial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

const csv = readFileSync(join(__dirname, "../../fixtures/rfm/rfm_data_orders.csv"), "utf8");
const rows = Papa.parse<OrderRow>(csv, {
  header: true,
  dynamicTyping: { revenue: true },
  skipEmptyLines: true,
}).data;
const analysisSerial = isoToSerial("2006-12-31");
// One row is one order in this data set, as R rfm's `n()` counts it.
const members = rfmFromOrders(
  {
    memberIds: rows.map((row) => row.customer_id),
    orderDates: rows.map((row) => isoToSerial(row.order_date)),
    amounts: rows.map((row) => row.revenue),
  },
  { asOfSerial: analysisSerial, frequencyBasis: "lines" },
);
const scores = rfmQuantileScores(members);

function find(rfm: MemberRfm, name: string): number {
  const index = rfm.memberIds.indexOf(name);
  if (index < 0) throw new Error(`no member ${name}`);
  return index;
}

describe("R rfm package sample (rfm_data_orders, analysis date 2006-12-31)", () => {
  it("reads 4,906 orders of 995 customers", () => {
    expect(rows).toHaveLength(4906);
    expect(members.memberIds).toHaveLength(995);
    expect(members.usedRowCount).toBe(4906);
    expect(members.asOfSerial).toBe(analysisSerial);
  });

  it.each([
    ["Abbey O'Reilly", 205, 6, 472, [3, 4, 3]],
    ["Add Senger", 140, 3, 340, [4, 1, 2]],
    ["Aden Lesch", 194, 4, 405, [3, 2, 3]],
    ["Aden Murphy", 98, 7, 596, [5, 4, 4]],
    ["Admiral Senger", 132, 5, 448, [4, 3, 3]],
  ])("%s: %i days, %i orders, %i revenue → scores %j", (name, recency, orders, revenue, expected) => {
    const index = find(members, name);
    expect(members.recencyDays[index]).toBe(recency);
    expect(members.frequency[index]).toBe(orders);
    expect(members.monetary[index]).toBe(revenue);
    expect([
      scores.recency.scores[index],
      scores.frequency.scores[index],
      scores.monetary.scores[index],
    ]).toEqual(expected);
  });

  it("reports the package's bin edges (type-7 quantiles at 0.2..0.8, plus one)", () => {
    const expectClose = (actual: readonly number[], expected: number[]) => {
      expect(actual).toHaveLength(expected.length);
      expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, 9));
    };
    expectClose(scores.recency.edges, [115, 181, 297.4, 482]);
    expectClose(scores.frequency.edges, [4, 5, 6, 8]);
    expectClose(scores.monetary.edges, [255.8, 382, 506.4, 666]);
    expectClose(scores.recency.quantiles, [114, 180, 296.4, 481]);
    expect(scores.recency.higherIsBetter).toBe(false);
  });

  it("finds 158 customers with R, F and M all in 4-5: 1,234 orders, 120,178 revenue", () => {
    let customers = 0;
    let orders = 0;
    let revenue = 0;
    for (let index = 0; index < members.memberIds.length; index++) {
      if (
        (scores.recency.scores[index] as number) >= 4 &&
        (scores.frequency.scores[index] as number) >= 4 &&
        (scores.monetary.scores[index] as number) >= 4
      ) {
        customers++;
        orders += members.frequency[index] as number;
        revenue += members.monetary[index] as number;
      }
    }
    expect([customers, orders, revenue]).toEqual([158, 1234, 120178]);
  });

  it("defaults the as-of date to the day after the latest order, which is the package's analysis date here", () => {
    const byDefault = rfmFromOrders(
      {
        memberIds: rows.map((row) => row.customer_id),
        orderDates: rows.map((row) => isoToSerial(row.order_date)),
        amounts: rows.map((row) => row.revenue),
      },
      { frequencyBasis: "lines" },
    );
    expect(byDefault.asOfSerial).toBe(analysisSerial);
    expect(byDefault.asOfSource).toBe("dayAfterLatestOrder");
    expect(byDefault.recencyDays[find(byDefault, "Abbey O'Reilly")]).toBe(205);
  });
});
