import { numberFromCell } from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { runFunctionJob } from "./shared/engine";
import { bgnbdExpectedCells } from "./clv/bgnbd-expected";
import {
  bgnbdParameterSpill,
  customersFrom,
  gammaGammaParameterSpill,
  gammaGammaSpendSpill,
  probabilityAliveSpill,
  requireHorizon,
  UNIT_LABEL,
} from "./clv/models";
import { allOrNone, optionalNumber } from "./clv/parameters";
import type { NamedRange } from "./clv/ranges";

// The BG/NBD and Gamma-Gamma fits run as engine jobs (the task pane's worker in the browser, so the pane stays
// responsive): about 0.1 s for CDNOW's 2,357 customers in Node (measured with tsx on a loaded 2-core machine; 1-2 s
// under Jest's VM); the functions are @cancelable, so Excel's cancel stops the job. Cells are read and checked here
// first. Nothing here is random: the same cells give the same result. A model parameter or horizon of 0 is "not
// given": each must be above 0, and desktop Excel passes an empty cell as 0 (office-js issue 4702), so both builds
// read an empty parameter cell alike.

/** One #VALUE! (or other) cell for a whole-result failure. */
function errorSpill(error: unknown): unknown[][] {
  return [[toExcelError(error)]];
}

function btydRanges(frequency: unknown[][], recency: unknown[][], T: unknown[][]): NamedRange[] {
  return [
    { name: "frequency", range: frequency },
    { name: "recency", range: recency },
    { name: "T", range: T },
  ];
}

/**
 * BG/NBD model (Fader, Hardie & Lee 2005). recency, T and horizon are in one time unit, whichever the sheet uses (e.g. weeks); alpha is per that unit. Without r, alpha, a, b: fits the model by maximum likelihood and spills r, alpha, a, b, log-likelihood, converged (and any warning) — or, when a horizon is given, the expected purchases per customer from the fitted model. With r, alpha, a, b: expected purchases of each customer in the next horizon time units (spills like frequency). Deterministic (no randomness). A row whose three cells are blank, or 0 (desktop's blank row; T = 0 adds nothing to the likelihood), is no customer: left out of a fit, blank in a spill, in both builds; another blank cell is 0. An error or text cell gives #VALUE! naming it: for the whole fit (every parameter depends on every customer), in its own cell for expected purchases from given parameters. A horizon or parameter of blank or 0 is not given. The fit runs on the add-in's worker, and so do expected purchases from 20,000 cells.
 * @customfunction CLV.BGNBD
 * @cancelable
 * @param frequency Repeat purchases x per customer (purchase days − 1), a column or range. Blank = 0; an error cell: #VALUE! (the whole fit, or that customer's cell).
 * @param recency Time from first to last purchase t_x, same shape as frequency. Blank = 0; error cells as frequency.
 * @param T Time from first purchase to the end of the data, same shape as frequency. Blank = 0; error cells as frequency.
 * @param [horizon] Length of the future period, in the unit of recency and T. Required when the parameters are given (blank or 0: not given).
 * @param [r] Fitted shape r of the purchase-rate gamma distribution (blank or 0: not given).
 * @param [alpha] Fitted scale alpha (in the unit of recency and T; blank or 0: not given).
 * @param [a] Fitted dropout beta parameter a (blank or 0: not given).
 * @param [b] Fitted dropout beta parameter b (blank or 0: not given).
 * @returns The parameter table, or expected purchases per customer.
 */
export async function clvBgnbd(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  horizon?: unknown,
  r?: unknown,
  alpha?: unknown,
  a?: unknown,
  b?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const ranges = btydRanges(frequency, recency, T);
    const parameter = (cell: unknown, name: string) => optionalNumber(cell, name, true);
    const values = [parameter(r, "r"), parameter(alpha, "alpha"), parameter(a, "a"), parameter(b, "b")];
    const given = allOrNone(values, ["r", "alpha", "a", "b"], "CLV.BGNBD");
    const horizonUnits = parameter(horizon, "horizon");
    const fit = () =>
      runFunctionJob(
        "clvBgnbdFit",
        { customers: customersFrom(ranges, "CLV.BGNBD"), timeUnit: UNIT_LABEL },
        invocation,
      );
    if (given === null && horizonUnits === undefined) return bgnbdParameterSpill(await fit());
    const [givenR, givenAlpha, givenA, givenB] = given ?? [];
    const params =
      given === null
        ? (await fit()).params
        : { r: givenR as number, alpha: givenAlpha as number, a: givenA as number, b: givenB as number };
    return await bgnbdExpectedCells(ranges, params, requireHorizon(horizonUnits), invocation);
  } catch (error) {
    return errorSpill(error);
  }
}

/**
 * Probability that each customer is still active at the end of the data under the BG/NBD model: 1 / (1 + a/(b+x−1) · ((alpha+T)/(alpha+t_x))^(r+x)), and 1 for x = 0. recency and T in the unit alpha was fitted in. Spills like frequency. A row whose three cells are blank or 0 (desktop's blank row) stays blank in both builds; another blank cell is 0. An error or text cell gives #VALUE! naming it in that customer's cell only. A blank (or 0) parameter gives one #VALUE!.
 * @customfunction CLV.PALIVE
 * @param frequency Repeat purchases x per customer. Blank = 0; an error cell: #VALUE! in that customer's cell only.
 * @param recency Time from first to last purchase t_x, same shape as frequency. Blank = 0; an error cell: #VALUE! in that cell only.
 * @param T Time from first purchase to the end of the data, same shape as frequency. Blank = 0; an error cell: #VALUE! in that cell only.
 * @param r BG/NBD parameter r (e.g. from =CLV.BGNBD).
 * @param alpha BG/NBD parameter alpha, in the unit of recency and T.
 * @param a BG/NBD parameter a.
 * @param b BG/NBD parameter b.
 * @returns P(alive) per customer, between 0 and 1.
 */
export function clvPalive(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  r: unknown,
  alpha: unknown,
  a: unknown,
  b: unknown,
): unknown[][] {
  try {
    // Each parameter must be above 0: desktop's 0 for an empty cell reads as blank, as on the web.
    const parameter = (cell: unknown, name: string) => numberFromCell(cell === 0 ? null : cell, name);
    const params = {
      r: parameter(r, "r"),
      alpha: parameter(alpha, "alpha"),
      a: parameter(a, "a"),
      b: parameter(b, "b"),
    };
    return probabilityAliveSpill(btydRanges(frequency, recency, T), params);
  } catch (error) {
    return errorSpill(error);
  }
}

/**
 * Gamma-Gamma spend model (Fader & Hardie 2013). Without p, q, gamma: fits the model by maximum likelihood on the customers with frequency above 0 and spills p, q, gamma, log-likelihood, corr(x, zbar) — the model assumes spend does not depend on frequency, so check it is near 0 — and converged. With p, q, gamma: each customer's expected average spend per purchase (the population mean for frequency 0); spills like frequency. Mean spend must be above 0 for repeat customers (filter out returns first). A row whose two cells are blank is no customer (left out of a fit, blank in a spill); another blank cell is 0. A row of 0s is a one-time buyer (frequency 0), the model's most common customer: desktop Excel passes a blank row as 0s, so there a blank row gets the population's mean spend instead of a blank (the fit is the same in both builds: one-time buyers are not in it). An error or text cell gives #VALUE! naming it: for the whole fit, in its own cell for spend from given parameters. A parameter of blank or 0 is not given. The fit runs on the add-in's worker.
 * @customfunction CLV.GAMMAGAMMA
 * @cancelable
 * @param frequency Repeat purchases x per customer. Blank = 0; an error cell: #VALUE! (the whole fit, or that customer's cell).
 * @param mean_spend Mean spend zbar of the repeat purchases (use 0 where frequency is 0), same shape as frequency. Blank = 0; error cells as frequency.
 * @param [p] Fitted shape p of the spend per transaction (blank or 0: not given).
 * @param [q] Fitted shape q (must be above 1 for a finite mean; blank or 0: not given).
 * @param [gamma] Fitted scale gamma (blank or 0: not given).
 * @returns The parameter table, or expected average spend per customer.
 */
export async function clvGammaGamma(
  frequency: unknown[][],
  mean_spend: unknown[][],
  p?: unknown,
  q?: unknown,
  gamma?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  try {
    const ranges = [
      { name: "frequency", range: frequency },
      { name: "mean_spend", range: mean_spend },
    ];
    const parameter = (cell: unknown, name: string) => optionalNumber(cell, name, true);
    const values = [parameter(p, "p"), parameter(q, "q"), parameter(gamma, "gamma")];
    const given = allOrNone(values, ["p", "q", "gamma"], "CLV.GAMMAGAMMA");
    if (given === null) {
      const customers = customersFrom(ranges, "CLV.GAMMAGAMMA", 1);
      return gammaGammaParameterSpill(await runFunctionJob("clvGammaGammaFit", { customers }, invocation));
    }
    const [givenP, givenQ, givenGamma] = given as [number, number, number];
    return gammaGammaSpendSpill(ranges, { p: givenP, q: givenQ, gamma: givenGamma });
  } catch (error) {
    return errorSpill(error);
  }
}
