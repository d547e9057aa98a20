import { clv } from "../../functions/clv";
import { clvBgnbd, clvGammaGamma, clvPalive } from "../../functions/clv-btyd";
import { MAX_SPILL_CELLS } from "../../src/report/spill-limit";
import { SIMPLE_CLV_HEADER } from "../../functions/clv/simple-orders";
import { cdnowCustomers } from "../src/clv/cdnow-fixture";

// Published values: Fader, Hardie & Lee (2005) and Fader & Hardie note 025 on the CDNOW sample summary
// (test/fixtures/clv, weeks), as listed in /work/shared/data/README.md.
const PUBLISHED_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PUBLISHED_GG = { p: 6.25, q: 3.74, gamma: 15.44 };

const naCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

/** The value of a label/value spill row. */
function valueOf(spill: unknown[][], label: string): unknown {
  return spill.find((row) => row[0] === label)?.[1];
}

const customers = cdnowCustomers();
const column = (pick: (customer: (typeof customers)[number]) => number): number[][] =>
  customers.map((customer) => [pick(customer)]);
const x = column((customer) => customer.frequency);
const tX = column((customer) => customer.recency);
const T = column((customer) => customer.age);
const zbar = column((customer) => customer.meanRepeatSpend);

describe("=CLV.BGNBD on the CDNOW summary", () => {
  // Each fit takes about 0.1 s in Node (1-2 s under Jest's VM), so each is done once.
  let parameters: unknown[][] = [];
  let expectedFromFit: unknown[][] = [];
  beforeAll(async () => {
    parameters = await clvBgnbd(x, tX, T);
    expectedFromFit = await clvBgnbd(x, tX, T, 39);
  });

  it("fits and spills r, alpha, a, b (published to 3 decimals), log-likelihood −9582.4, converged", () => {
    expect(parameters.map((row) => row[0])).toEqual(["r", "alpha", "a", "b", "log-likelihood", "converged"]);
    for (const [name, published] of Object.entries(PUBLISHED_BGNBD)) {
      expect((valueOf(parameters, name) as number).toFixed(3)).toBe(published.toFixed(3));
    }
    expect(Math.abs((valueOf(parameters, "log-likelihood") as number) - -9582.4)).toBeLessThanOrEqual(0.1);
    expect(valueOf(parameters, "converged")).toBe(true);
  });

  it("with a horizon and no parameters, spills each customer's expected purchases from the fitted model", () => {
    expect(expectedFromFit).toHaveLength(2357);
    // ID 1: x = 2, t_x = 30.43, T = 38.86, next 39 weeks → 1.226 (published).
    expect((expectedFromFit[0]?.[0] as number).toFixed(3)).toBe("1.226");
  });

  it("with the published parameters gives the hand-evaluated FHL eq. 10 for ID 1 and for a one-time buyer", async () => {
    // Offline: python3 + scipy.special.hyp2f1, eq. 10 at the published r, α, a, b:
    //   x=2, t_x=30.43, T=38.86, t=39 → 1.226028174767135; x=0, T=38.86, t=39 → 0.19509805201125396.
    const { r, alpha, a, b } = PUBLISHED_BGNBD;
    const spill = await clvBgnbd([[2], [0]], [[30.43], [0]], [[38.86], [38.86]], 39, r, alpha, a, b);
    expect(spill[0]?.[0]).toBeCloseTo(1.226028174767135, 9);
    expect(spill[1]?.[0]).toBeCloseTo(0.19509805201125396, 9);
  });
});

describe("=CLV.PALIVE", () => {
  it("gives P(alive) for ID 1 at the published parameters, and 1 for a one-time buyer", () => {
    // Hand: a/(b+x−1) = 0.793/3.426 = 0.231465; ((4.414+38.86)/(4.414+30.43))^2.243 = 1.625775;
    // 1/(1 + 0.231465 · 1.625775) = 0.726579 (python3 gives 0.726578570080673).
    const spill = clvPalive([[2], [0]], [[30.43], [0]], [[38.86], [20]], 0.243, 4.414, 0.793, 2.426);
    expect(spill[0]?.[0]).toBeCloseTo(0.726578570080673, 9);
    expect(spill[1]?.[0]).toBe(1);
  });

  it("keeps the input's shape and gives a per-cell #VALUE! for a bad customer", () => {
    const spill = clvPalive([[2, "x", 3]], [[30.43, 1, 20]], [[38.86, 2, 10]], 0.243, 4.414, 0.793, 2.426);
    expect(spill[0]?.[0]).toBeCloseTo(0.726578570080673, 9);
    expect(errorOf(spill[0]?.[1])).toEqual({
      code: "#VALUE!",
      message: 'frequency must be a number (got "x")',
    });
    expect(errorOf(spill[0]?.[2]).message).toBe(
      "The time from the first to the last purchase (20) is longer than the time since the first purchase (10)",
    );
  });

  it("gives one #VALUE! for a blank or invalid parameter", () => {
    expect(errorOf(clvPalive([[1]], [[1]], [[2]], null, 4, 0.8, 2.4)[0]?.[0]).message).toBe("r is blank");
    expect(errorOf(clvPalive([[1]], [[1]], [[2]], 0.2, 4, 0.3, 0.5)[0]?.[0]).message).toMatch(
      /^The BG\/NBD parameters must be positive finite r, alpha, a, b with a \+ b > 1/,
    );
  });
});

describe("=CLV.GAMMAGAMMA on the CDNOW summary", () => {
  let parameters: unknown[][] = [];
  beforeAll(async () => {
    parameters = await clvGammaGamma(x, zbar);
  });

  it("fits and spills p, q, gamma (published 6.25, 3.74, 15.44 ±0.01), log-likelihood −4055.9, corr(x, zbar) 0.1139", () => {
    expect(parameters.map((row) => row[0])).toEqual([
      "p",
      "q",
      "gamma",
      "log-likelihood",
      "corr(x, zbar)",
      "converged",
    ]);
    // ±0.01, one unit of the last published decimal: the note's Solver stopped at γ = 15.44 on a flat ridge
    // whose maximum is at 15.448 (test/src/clv/gamma-gamma.test.ts).
    for (const [name, published] of Object.entries(PUBLISHED_GG)) {
      expect(Math.abs((valueOf(parameters, name) as number) - published)).toBeLessThanOrEqual(0.01);
    }
    expect(Math.abs((valueOf(parameters, "log-likelihood") as number) - -4055.9)).toBeLessThanOrEqual(0.1);
    expect((valueOf(parameters, "corr(x, zbar)") as number).toFixed(4)).toBe("0.1139");
    expect(valueOf(parameters, "converged")).toBe(true);
  });

  it("with parameters gives the published expected spend of IDs 1-10 (±0.1) and p·γ/(q−1) for x = 0", async () => {
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    const { p, q, gamma } = PUBLISHED_GG;
    const spill = await clvGammaGamma(x.slice(0, 10), zbar.slice(0, 10), p, q, gamma);
    spill.forEach((row, index) =>
      expect(Math.abs((row[0] as number) - (published[index] as number))).toBeLessThanOrEqual(0.1),
    );
    // Hand: ID 1 = 6.25 · (15.44 + 2 · 22.35) / (6.25 · 2 + 3.74 − 1) = 375.875 / 15.24.
    expect(spill[0]?.[0]).toBeCloseTo(375.875 / 15.24, 12);
    expect(spill[2]?.[0]).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it("explains a repeat customer with zero spend (e.g. the CDNOW master file) as one #VALUE!", async () => {
    const frequency = [[1], [2], [3], [1], [2], [3], [1], [2], [3], [1], [2]];
    const spend = [[10], [12], [9], [11], [14], [8], [10], [13], [9.5], [0], [12.5]];
    expect(errorOf((await clvGammaGamma(frequency, spend))[0]?.[0]).message).toBe(
      "The average repeat spend must be above 0 for customers with repeat purchases (customer 10)",
    );
  });

  it("asks for all of p, q, gamma or none", async () => {
    expect(errorOf((await clvGammaGamma([[1]], [[5]], 6.25, null, 15.44))[0]?.[0]).message).toBe(
      "CLV.GAMMAGAMMA requires all of p, q, gamma or none of them (missing q)",
    );
  });
});

describe("=CLV.BGNBD errors", () => {
  it("gives #VALUE! with the core's message on degenerate data (nobody bought twice)", async () => {
    const once = Array.from({ length: 20 }, () => [0]);
    const ages = Array.from({ length: 20 }, (_, index) => [10 + index]);
    const result = await clvBgnbd(once, once, ages);
    expect(result).toHaveLength(1);
    expect(errorOf(result[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "The BG/NBD model needs at least one repeat purchase (every customer bought on one day only)",
    });
  });

  it("refuses too few customers, mismatched ranges, partial parameters and parameters without a horizon", async () => {
    expect(errorOf((await clvBgnbd([[1], [2]], [[1], [3]], [[4], [5]]))[0]?.[0]).message).toBe(
      "The BG/NBD model needs at least 10 customers (got 2)",
    );
    expect(errorOf((await clvBgnbd([[1], [2]], [[1]], [[4], [5]]))[0]?.[0]).message).toBe(
      "CLV.BGNBD: frequency, recency and T must have the same shape (got 2×1, 1×1, 2×1)",
    );
    expect(errorOf((await clvBgnbd([[1]], [[1]], [[4]], 10, 0.2, 4))[0]?.[0]).message).toBe(
      "CLV.BGNBD requires all of r, alpha, a, b or none of them (missing a, b)",
    );
    expect(errorOf((await clvBgnbd([[1]], [[1]], [[4]], null, 0.2, 4, 0.8, 2.4))[0]?.[0]).message).toMatch(
      /^CLV.BGNBD requires a horizon when r, alpha, a, b are given/,
    );
  });

  it("names the cell of a bad customer in a fit, and skips fully blank rows", async () => {
    const frequency: unknown[][] = [[1], [2], [naCell]];
    expect(errorOf((await clvBgnbd(frequency, [[1], [2], [3]], [[5], [5], [5]]))[0]?.[0]).message).toBe(
      "frequency (row 3, column 1) is an error value (#N/A)",
    );
    const withBlanks = [...x.slice(0, 30), [null], [""]];
    const spill = await clvBgnbd(
      withBlanks,
      [...tX.slice(0, 30), [null], [null]],
      [...T.slice(0, 30), [null], [""]],
    );
    expect(valueOf(spill, "converged")).toBe(true);
  });

  it(`refuses a spill of more than ${MAX_SPILL_CELLS} cells and points to the task pane or the CLI`, async () => {
    const big = Array.from({ length: MAX_SPILL_CELLS + 1 }, () => [1]);
    const message = errorOf((await clvBgnbd(big, big, big, 10, 0.243, 4.414, 0.793, 2.426))[0]?.[0]).message;
    expect(message).toBe(
      `CLV.BGNBD: the result would spill ${MAX_SPILL_CELLS + 1} cells (more than ${MAX_SPILL_CELLS}); use the Members task pane or the command line (commerce-analytics clv) for data this large`,
    );
  });
});

describe("=CLV(value_per_day, lifetime_days)", () => {
  it("multiplies per cell, a single cell applying to every cell of the other range", async () => {
    expect(await clv([[2.5]], [[120]])).toEqual([[300]]); // 2.5 × 120
    expect(await clv([[2.5], [4]], [[120]])).toEqual([[300], [480]]);
    expect(await clv([[1.5, 2]], [[10, 30]])).toEqual([[15, 60]]);
  });

  it("gives per-cell #VALUE! for bad cells and one #VALUE! for mismatched shapes", async () => {
    const result = await clv([[2, -1, "a"]], [[10, 10, 10]]);
    expect(result[0]?.[0]).toBe(20);
    expect(errorOf(result[0]?.[1]).message).toBe("The value per day must be a number ≥ 0 (got -1)");
    expect(errorOf(result[0]?.[2]).message).toBe('value_per_day must be a number (got "a")');
    expect(errorOf((await clv([[1], [2]], [[1, 2]]))[0]?.[0]).message).toBe(
      "CLV: value_per_day and lifetime_days must have the same shape (got 2×1, 1×2)",
    );
  });
});

describe("=CLV(member_ids, order_dates, amounts, [registration_dates])", () => {
  // Hand calculation. A: orders on 45000 = 2023-03-15 (30) and 45010 = 2023-03-25 (20) → 10 days, 50 spent,
  // 5 per day. B: one order 45005 (40) → 0 days: the population's value per day. C: registered 44990, ordered
  // 45000 (60)
  // → 10 days, 6 per day. Mean lifetime (10 + 0 + 10) / 3 = 20/3 days; population value per day
  // (50 + 60) / (10 + 10) = 5.5. CLV: A 20/3 · 5 = 33.33, B 20/3 · 5.5 = 36.67, C 20/3 · 6 = 40.
  const ids = [["A"], ["A"], ["B"], ["C"], [null]];
  const dates = [[45000], ["2023-03-25"], [45005], [20230315], [null]];
  const amounts = [[30], [20], [40], [60], [null]];
  const registrations = [[null], [null], [null], [44990], [null]];

  it("spills a header and one row per member (dates as serials, text or yyyymmdd; blank rows skipped)", async () => {
    const spill = await clv(ids, dates, amounts, registrations);
    expect(spill[0]).toEqual([...SIMPLE_CLV_HEADER]);
    expect(spill.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ["A", 10, 50, 5],
      ["B", 0, 40, 5.5],
      ["C", 10, 60, 6],
    ]);
    expect(spill.slice(1).map((row) => row[4] as number)).toEqual([
      expect.closeTo((20 / 3) * 5, 10),
      expect.closeTo((20 / 3) * 5.5, 10),
      expect.closeTo((20 / 3) * 6, 10),
    ]);
  });

  it("gives one #VALUE! naming the row for a bad date or a missing id", async () => {
    expect(errorOf((await clv([["A"], ["A"]], [[45000], ["soon"]], [[1], [2]]))[0]?.[0]).message).toBe(
      'order date (row 2, column 1) must be a date (got "soon")',
    );
    expect(errorOf((await clv([["A"], [null]], [[45000], [45001]], [[1], [2]]))[0]?.[0]).message).toBe(
      "member id (row 2, column 1) is blank",
    );
    expect(errorOf((await clv([["A"]], [[45000]], [[1]]))[0]?.[0]).message).toBe(
      "At least one member whose last order is after their start date is needed",
    );
  });
});
