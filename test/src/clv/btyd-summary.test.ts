import { btydSummaryFromTransactions } from "../../../src/clv/btyd-summary";
import { CDNOW_CALIBRATION_END, cdnowTransactions, excelSerial, readPublishedSummary } from "./cdnow-fixture";

/**
 * Two decimals, rounded half-up on the decimal value, as the published file is (ID 1: 22.345 → 22.35). The
 * binary value of such a mean can sit just below the tie (22.344999…), hence the 1e-9 nudge, far below the
 * cent and far above the error of a mean of a few amounts.
 */
const twoDecimals = (value: number): string => (Math.floor(value * 100 + 0.5 + 1e-9) / 100).toFixed(2);

describe("btydSummaryFromTransactions on the CDNOW sample (Fader, Hardie & Lee 2005)", () => {
  const summary = btydSummaryFromTransactions(cdnowTransactions(), {
    calibrationEndSerial: CDNOW_CALIBRATION_END,
    timeUnit: "weeks",
  });
  const published = readPublishedSummary();

  it("reproduces every row of cdnow_customers_summary_with_transactions.csv at its precision", () => {
    expect(summary.customers).toHaveLength(2357);
    const byId = new Map(summary.customers.map((customer) => [customer.customerId, customer]));
    const mismatches: string[] = [];
    for (const row of published) {
      const mine = byId.get(row.id);
      const text = mine && [
        String(mine.frequency),
        twoDecimals(mine.recency),
        twoDecimals(mine.age),
        twoDecimals(mine.meanRepeatSpend),
      ];
      if (text?.join(",") !== [row.x, row.tX, row.T, row.zbar].join(","))
        mismatches.push(`${row.id}: ${text?.join(",")}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("has the published totals: Σx = 2,457 and 1,411 customers with x = 0 (shared/data/README.md)", () => {
    expect(summary.customers.reduce((sum, customer) => sum + customer.frequency, 0)).toBe(2457);
    expect(summary.customers.filter((customer) => customer.frequency === 0)).toHaveLength(1411);
  });

  it("treats the end as inclusive and leaves later purchases out (holdout)", () => {
    // `awk '$3 > 19970930' CDNOW_sample.txt | wc -l` → 1959 holdout lines.
    expect(summary.transactionsAfterEnd).toBe(1959);
    // ID 59 bought on 1997-01-04 and on the end day 1997-09-30 (6.49): published x = 1, t_x = T = 38.43, zbar 6.49.
    const id59 = summary.customers.find((customer) => customer.customerId === 59);
    expect(id59?.frequency).toBe(1);
    expect(id59?.recency).toBe(id59?.age);
    expect(id59?.meanRepeatSpend).toBe(6.49);
  });

  it("takes the time unit as a parameter: days are 7 × weeks", () => {
    const inDays = btydSummaryFromTransactions(cdnowTransactions(), {
      calibrationEndSerial: CDNOW_CALIBRATION_END,
      timeUnit: "days",
    });
    expect(inDays.timeUnit).toBe("days");
    expect(inDays.customers[0]?.recency).toBe(213);
    expect(inDays.customers[0]?.age).toBe(272);
  });

  it("computes ID 1 as a hand calculation: purchases 1997-01-01, 01-18, 08-02 (29.33, 29.73, 14.96)", () => {
    const id1 = summary.customers.find((customer) => customer.customerId === 1);
    expect(id1?.frequency).toBe(2);
    expect(id1?.recency).toBeCloseTo(213 / 7, 12); // Jan 1 → Aug 2 = 213 days
    expect(id1?.age).toBeCloseTo(272 / 7, 12); // Jan 1 → Sep 30 = 272 days
    expect(id1?.meanRepeatSpend).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });
});

describe("btydSummaryFromTransactions rules and errors", () => {
  const end = excelSerial(2024, 1, 31);
  it("sums same-day lines into one purchase and ignores the time of day", () => {
    const summary = btydSummaryFromTransactions(
      {
        customerIds: ["A", "A", "A"],
        dateSerials: [end - 10, end - 10 + 0.75, end - 3.5],
        amounts: [5, 7, 20],
      },
      { calibrationEndSerial: end, timeUnit: "days" },
    );
    expect(summary.customers).toEqual([
      { customerId: "A", frequency: 1, recency: 6, age: 10, meanRepeatSpend: 20 },
    ]);
  });

  it.each([
    [{ customerIds: [], dateSerials: [], amounts: [] }, "TRANSACTIONS_EMPTY"],
    [{ customerIds: [1], dateSerials: [end, end], amounts: [1] }, "TRANSACTION_COLUMNS_MISMATCH"],
    [{ customerIds: [1], dateSerials: [Number.NaN], amounts: [1] }, "TRANSACTION_DATE_INVALID"],
    [{ customerIds: [1], dateSerials: [end], amounts: [Number.NaN] }, "TRANSACTION_AMOUNT_INVALID"],
    [{ customerIds: [""], dateSerials: [end], amounts: [1] }, "TRANSACTION_CUSTOMER_MISSING"],
    [{ customerIds: [1], dateSerials: [end + 1], amounts: [1] }, "NO_CUSTOMERS_BEFORE_END"],
  ])("rejects bad input %#", (transactions, code) => {
    expect(() =>
      btydSummaryFromTransactions(transactions, { calibrationEndSerial: end, timeUnit: "weeks" }),
    ).toThrow(expect.objectContaining({ code }));
  });
});
