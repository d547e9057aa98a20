/**
 * The worksheet functions' jobs (engine/jobs/functions-*.ts) as the worker runs them: by kind through
 * runJob, and with results that survive postMessage (structuredClone, the algorithm postMessage uses).
 * Expected values are worked out by hand in each test.
 */
import { cdnowCustomers } from "../../src/clv/cdnow-fixture";
import { runJob } from "../../../engine/run-job";
import type { JobContext } from "../../../engine/jobs/context";

const context: JobContext = { progress: () => {}, isCancelled: () => false };

describe("the worksheet functions' jobs", () => {
  it("kmeansLabels: clusters 1..k, cluster 1 has the highest centre", async () => {
    // Centres 0.5 and 10.5.
    const matrix = { data: new Float64Array([0, 10, 1, 11]), rows: 4, columns: 1 };
    const labels = await runJob("kmeansLabels", { matrix, clusterCount: 2, seed: 0 }, context);
    expect(labels).toEqual([2, 1, 2, 1]);
    expect(structuredClone(labels)).toEqual(labels);
  });

  it("kmeansElbow: a header row, k = 1..k_max, the recommendation row; plain cells", async () => {
    const matrix = { data: new Float64Array([0, 10, 1, 11]), rows: 4, columns: 1 };
    const table = (await runJob(
      "kmeansElbow",
      { matrix, kMax: 2, seed: 0, locale: "en" },
      context,
    )) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(["Segments (k)", 1, 2, "Recommended k"]);
    // Inertia k = 1: mean 5.5, squares 30.25 + 20.25 + 20.25 + 30.25 = 101; k = 2: 4 × 0.25 = 1.
    expect([table[1]?.[1], table[2]?.[1]]).toEqual([101, 1]);
    expect(structuredClone(table)).toEqual(table);
  });

  it("rfmTable: per member recency, frequency, monetary", async () => {
    const request = {
      memberIds: ["a", "a", "b"],
      orderDates: [39000, 39010, 39005],
      amounts: [10, 5, 7],
      asOfSerial: 39011,
      frequencyBasis: "distinctOrders" as const,
      locale: "en" as const,
    };
    const table = (await runJob("rfmTable", request, context)) as unknown[][];
    // a: last order 39010 → 1 day, 2 order days, 15; b: 39005 → 6 days, 1, 7.
    expect(table.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["a", 1, 2, 15],
      ["b", 6, 1, 7],
    ]);
    expect(structuredClone(table)).toEqual(table);
  });

  it("clvGammaGammaFit: a fit that crosses postMessage unchanged", async () => {
    const fit = (await runJob("clvGammaGammaFit", { customers: cdnowCustomers() }, context)) as {
      params: { p: number };
    };
    // Published p = 6.25 (Fader & Hardie note 025, CDNOW summary; shared/data/README.md), ±0.01.
    expect(Math.abs(fit.params.p - 6.25)).toBeLessThanOrEqual(0.01);
    expect(structuredClone(fit)).toEqual(fit);
  });

  it("rfmScore: R rfm's quintile scores of the values among all_values", async () => {
    // 1..10: R type 7 quantiles 2.8, 4.6, 6.4, 8.2, edges + 1 = 3.8, 5.6, 7.4, 9.2: 1 → 1, 4 → 2, 10 → 5.
    const allValues = Float64Array.from({ length: 10 }, (_, index) => index + 1);
    const request = { values: new Float64Array([1, 4, 10]), allValues, binCount: 5, higherIsBetter: true };
    const scores = await runJob("rfmScore", { ...request, edgeRule: "rfmPackage" }, context);
    expect(Array.from(scores as Int32Array)).toEqual([1, 2, 5]);
    expect(structuredClone(scores)).toEqual(scores);
  });

  it("cycleStats: the figures only (cycles 10 and 30: mean 20, Q1 15, median 20, Q3 25, lapsed 40)", async () => {
    const request = { memberIds: ["a", "a", "b", "b", "c"], orderDates: [1000, 1010, 1000, 1030, 1000] };
    const result = await runJob("cycleStats", request, context);
    expect(result).toEqual({
      memberCount: 3,
      membersWithCycle: 2,
      mean: 20,
      q1: 15,
      median: 20,
      q3: 25,
      lapsedAfterDays: 40,
    });
  });

  it("clvSimpleOrders: per member lifetime, spend and CLV (A 10 days 50, B 0 days 40: CLV 25 each)", async () => {
    const request = {
      memberIds: ["A", "A", "B"],
      orderDateSerials: [45000, 45010, 45005],
      amounts: [30, 20, 40],
    };
    const result = (await runJob("clvSimpleOrders", request, context)) as {
      members: { memberId: string; clv: number }[];
    };
    // Mean lifetime 5 days; population 50 / 10 = 5 a day; A 5 × 5, B 5 × 5 (the population's value per day).
    expect(result.members.map(({ memberId, clv }) => [memberId, clv])).toEqual([
      ["A", 25],
      ["B", 25],
    ]);
    expect(structuredClone(result)).toEqual(result);
  });

  it("promoKpis: the KPI pack as plain values (GMV 550, 2 buyers, conversion n/a without UV)", async () => {
    const lines = {
      productKeys: ["P1", "P2", "P1"],
      units: [2, 1, 1],
      amounts: [300, 100, 150],
      buyerKeys: ["B1", "B2", "B2"],
    };
    const pack = (await runJob("promoKpis", { lines }, context)) as Record<
      string,
      { kind: string; value?: number }
    >;
    expect([pack.gmv, pack.buyers]).toEqual([
      { kind: "value", value: 550 },
      { kind: "value", value: 2 },
    ]);
    expect([pack.conversionStudy?.kind, pack.conversionDistinctBuyers?.kind]).toEqual([
      "undefined",
      "undefined",
    ]);
    expect(structuredClone(pack)).toEqual(pack);
  });

  it("clvBgnbdExpected: a prediction per customer, a customer the model rejects as its own error", async () => {
    // CDNOW's published parameters, 39 weeks (offline python3 + scipy.special.hyp2f1, FHL 2005 eq. 10):
    // x = 2, t_x = 30.43, T = 38.86 → 1.226028174767135. The second customer's recency is above its T.
    const request = {
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      horizon: 39,
      frequency: new Float64Array([2, 1]),
      recency: new Float64Array([30.43, 20]),
      age: new Float64Array([38.86, 10]),
    };
    const [expected, rejected] = (await runJob("clvBgnbdExpected", request, context)) as [
      number,
      { code: string },
    ];
    expect(expected).toBeCloseTo(1.226028174767135, 9);
    expect(rejected.code).toBe("BTYD_CUSTOMER_INVALID");
    expect(structuredClone(rejected)).toEqual(rejected);
  });
});
