/**
 * The heavy worksheet functions (KMEANS.LABELS, KMEANS.ELBOW, RFM.TABLE, the CLV.BGNBD and CLV.GAMMAGAMMA fits)
 * run their core as engine jobs (so they do not block the pane in the shared runtime). In Jest there is no Worker, so getEngine() is the in-process
 * engine running the same job code; these tests spy on the job registry to see each call go through it, with
 * the cells already read (plain values), and check that a job's failure becomes the Excel error the function
 * gave when it ran the core itself. Expected values are worked out by hand in each test.
 */
import { clvBgnbd, clvGammaGamma } from "../../../functions/clv-btyd";
import { kmeansElbow, kmeansLabels } from "../../../functions/kmeans";
import { rfmTable } from "../../../functions/rfm-table";
import { getEngine } from "../../../functions/shared/engine";
import type { BgnbdFit, GammaGammaFit } from "../../../src/clv/types";
import { CoreError } from "../../../src/errors";
import { jobs } from "../../../engine/jobs/registry";

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

const diagnostics = { iterations: 1, evaluations: 1, gradientNorm: 0, warnings: [] };

afterEach(() => jest.restoreAllMocks());

describe("the functions' engine", () => {
  it("is created once and shared", () => {
    expect(getEngine()).toBe(getEngine());
  });
});

describe("=KMEANS.LABELS through the kmeansLabels job", () => {
  it("sends the read points (blank and bad rows left out) and puts the job's labels back in their rows", async () => {
    const spy = jest.spyOn(jobs, "kmeansLabels");
    const result = await kmeansLabels([[5], [100], [null], ["x"], [6], [101]], 2, 7);
    expect(spy).toHaveBeenCalledTimes(1);
    const [request] = spy.mock.calls[0] ?? [];
    expect(request?.matrix.rows).toBe(4);
    expect(request?.matrix.columns).toBe(1);
    expect(Array.from(request?.matrix.data ?? [])).toEqual([5, 100, 6, 101]);
    expect([request?.clusterCount, request?.seed]).toEqual([2, 7]);
    // Centres 5.5 and 100.5: the higher is cluster 1.
    expect([result[0], result[1], result[2], result[4], result[5]]).toEqual([[2], [1], [""], [2], [1]]);
    expect(errorOf(result[3]?.[0]).message).toBe(
      'KMEANS.LABELS: data (row 4, column 1) must be a number (got "x")',
    );
  });

  it("uses the job's labels as they come (the k-means is not run in the function)", async () => {
    jest.spyOn(jobs, "kmeansLabels").mockImplementation(() => [7, 9]);
    expect(await kmeansLabels([[1], [2]], 2)).toEqual([[7], [9]]);
  });

  it("turns a job's core error into #VALUE! in the function's terms, as before", async () => {
    jest.spyOn(jobs, "kmeansLabels").mockImplementation(() => {
      throw new CoreError("K_RANGE_INVALID", "kmeans requires k from 1 to 2 (got 3)");
    });
    expect((await kmeansLabels([[1], [2]], 3)).map((row) => row.map(errorOf))).toEqual([
      [{ code: "#VALUE!", message: "KMEANS.LABELS requires k from 1 to 2 (got 3)" }],
    ]);
  });

  it("keeps #DIV/0! (no message) and shows an unexpected failure as 'Unexpected error'", async () => {
    const spy = jest.spyOn(jobs, "kmeansLabels").mockImplementation(() => {
      throw new CoreError("DIVISION_BY_ZERO", "kmeans: division by zero");
    });
    expect(errorOf((await kmeansLabels([[1], [2]], 2))[0]?.[0])).toEqual({ code: "#DIV/0!", message: "" });
    spy.mockImplementation(() => {
      throw new TypeError("boom");
    });
    expect(errorOf((await kmeansLabels([[1], [2]], 2))[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "Unexpected error: boom",
    });
  });
});

describe("=KMEANS.ELBOW through the kmeansElbow job", () => {
  it("sends the points, k_max, seed and language, and spills the job's cells", async () => {
    const spy = jest.spyOn(jobs, "kmeansElbow").mockImplementation(() => [["k"], [1]]);
    expect(await kmeansElbow([[0], [1], [5]], 3, 4, "zh-CN")).toEqual([["k"], [1]]);
    const [request] = spy.mock.calls[0] ?? [];
    expect(Array.from(request?.matrix.data ?? [])).toEqual([0, 1, 5]);
    expect([request?.kMax, request?.seed, request?.locale]).toEqual([3, 4, "zh-CN"]);
  });

  it("turns a job's core error into #VALUE! named after the function", async () => {
    jest.spyOn(jobs, "kmeansElbow").mockImplementation(() => {
      throw new CoreError("MATRIX_SHAPE_INVALID", "elbowSweep requires at least 2 rows (got 1)");
    });
    expect(errorOf((await kmeansElbow([[1], [2]]))[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "KMEANS.ELBOW requires at least 2 rows (got 1)",
    });
  });
});

describe("=RFM.TABLE through the rfmTable job", () => {
  it("sends the read cells (blank → null, 0 date → null) and options", async () => {
    const spy = jest.spyOn(jobs, "rfmTable");
    const table = await rfmTable([["a"], ["b"], [null]], [[39000], [39005], [0]], [[10], [7], [""]], 39011);
    expect(spy.mock.calls[0]?.[0]).toEqual({
      memberIds: ["a", "b", null],
      orderDates: [39000, 39005, null],
      amounts: [10, 7, null],
      asOfSerial: 39011,
      frequencyBasis: "distinctOrders",
      locale: "en",
    });
    // As of 39011: a 11 days, b 6 days; one order each.
    expect(table.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["a", 11, 1, 10],
      ["b", 6, 1, 7],
    ]);
  });

  it("turns a job's core error into #VALUE! with the function's argument names", async () => {
    jest.spyOn(jobs, "rfmTable").mockImplementation(() => {
      // The core's error as src/rfm/order-line-checks.ts throws it: the cell words it from the details.
      throw new CoreError(
        "AS_OF_BEFORE_LAST_ORDER",
        "rfmFromOrders: the as-of date 2006-10-10 is before the latest order 2006-10-11 (asOfSerial)",
        { argument: "asOfSerial", value: "2006-10-10", bound: "2006-10-11" },
      );
    });
    expect(errorOf((await rfmTable([["a"]], [[39000]], [[1]]))[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "RFM.TABLE: the as-of date 2006-10-10 is before the latest order 2006-10-11 (as_of)",
    });
  });
});

describe("=CLV.BGNBD and =CLV.GAMMAGAMMA through the fit jobs", () => {
  it("sends the customers read from the cells and spills the job's BG/NBD fit", async () => {
    const fit: BgnbdFit = {
      ...diagnostics,
      params: { r: 1, alpha: 2, a: 3, b: 4 },
      logLikelihood: -5,
      converged: true,
      timeUnit: "weeks",
      customerCount: 2,
    };
    const spy = jest.spyOn(jobs, "clvBgnbdFit").mockImplementation(() => fit);
    const spill = await clvBgnbd([[2], [null]], [[30], [null]], [[38], [null]]);
    expect(spy.mock.calls[0]?.[0]).toEqual({
      customers: [{ customerId: 1, frequency: 2, recency: 30, age: 38, meanRepeatSpend: 0 }],
      timeUnit: "weeks",
    });
    expect(spill).toEqual([
      ["r", 1],
      ["alpha", 2],
      ["a", 3],
      ["b", 4],
      ["log-likelihood", -5],
      ["converged", true],
    ]);
  });

  it("predicts from the job's fitted parameters when a horizon is given", async () => {
    // The published CDNOW parameters; E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226028174767135 (offline
    // python3 + scipy.special.hyp2f1, as in test/functions/clv.test.ts).
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const fit = { ...diagnostics, params, logLikelihood: -1, converged: true, timeUnit: "weeks" as const };
    jest.spyOn(jobs, "clvBgnbdFit").mockImplementation(() => ({ ...fit, customerCount: 1 }));
    const spill = await clvBgnbd([[2]], [[30.43]], [[38.86]], 39);
    expect(spill[0]?.[0]).toBeCloseTo(1.226028174767135, 9);
  });

  it("spills the job's Gamma-Gamma fit, an undefined correlation as #N/A", async () => {
    const fit: GammaGammaFit = {
      ...diagnostics,
      params: { p: 6, q: 4, gamma: 15 },
      logLikelihood: -40,
      converged: false,
      repeatCustomerCount: 1,
      frequencySpendCorrelation: null,
    };
    const spy = jest.spyOn(jobs, "clvGammaGammaFit").mockImplementation(() => fit);
    const spill = await clvGammaGamma([[1], [0]], [[20], [0]]);
    expect(spy.mock.calls[0]?.[0]).toEqual({
      customers: [
        { customerId: 1, frequency: 1, recency: 0, age: 0, meanRepeatSpend: 20 },
        { customerId: 2, frequency: 0, recency: 0, age: 0, meanRepeatSpend: 0 },
      ],
    });
    expect(spill.map((row) => row[0])).toEqual([
      "p",
      "q",
      "gamma",
      "log-likelihood",
      "corr(x, zbar)",
      "converged",
    ]);
    expect(errorOf(spill[4]?.[1]).code).toBe("#N/A");
    expect(spill[5]?.[1]).toBe(false);
  });

  it("turns a fit job's core error into #VALUE! with the core's message, as before", async () => {
    jest.spyOn(jobs, "clvBgnbdFit").mockImplementation(() => {
      throw new CoreError("TOO_FEW_CUSTOMERS", "fitBgnbd requires at least 10 customers (got 1)");
    });
    expect(errorOf((await clvBgnbd([[1]], [[1]], [[4]]))[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "fitBgnbd requires at least 10 customers (got 1)",
    });
  });
});
