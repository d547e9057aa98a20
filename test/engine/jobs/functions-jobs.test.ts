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
});
