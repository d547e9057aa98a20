import { numberFromCell } from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { runFunctionJob } from "./shared/engine";
import {
  bgnbdExpectedSpill,
  bgnbdParameterSpill,
  customersFrom,
  gammaGammaParameterSpill,
  gammaGammaSpendSpill,
  probabilityAliveSpill,
  requireHorizon,
  UNIT_LABEL,
} from "./clv/models";
import { allOrNone, optionalNumber, type NamedRange } from "./clv/ranges";
import { simpleClvCells, simpleClvMemberTable } from "./clv/simple";

// The BG/NBD and Gamma-Gamma fits run as engine jobs (the task pane's worker in the browser, so the pane stays
// responsive): about
// 0.1 s for CDNOW's 2,357 customers in Node (measured with tsx on a loaded 2-core machine; 1-2 s under Jest's VM).
// Cells are read and checked here first. Nothing here is random: the same cells give the same result.

/** One #VALUE! (or other) cell for a whole-result failure. */
function errorSpill(error: unknown): unknown[][] {
  return [[toExcelError(error)]];
}

/**
 * Customer lifetime value, simple form (expected lifetime in days × value per day). Two forms, chosen by the arguments. (1) =CLV(value_per_day, lifetime_days): the product per cell; either may be one cell applied to every cell of the other range. (2) =CLV(member_ids, order_dates, amounts, [registration_dates]): one row per order line; spills a header row and per member: member, lifetime days (registration, or first order, to last order), total spend, value per day (spend / lifetime days; a member with 0 days gets the population's value per day), CLV = mean lifetime of all members × value per day. Dates may be date serials, yyyymmdd numbers or date text. Fully blank rows are skipped; other problems give #VALUE! with a message.
 * @customfunction CLV
 * @param value_per_day_or_member_ids Form 1: value per day (number or range). Form 2: member ids, one per order line.
 * @param lifetime_days_or_order_dates Form 1: expected lifetime in days (number or range). Form 2: order dates.
 * @param [amounts] Form 2 only: order amounts, same shape as member_ids. Giving it selects form 2.
 * @param [registration_dates] Form 2 only, optional: registration date per order line (blank = unknown; the first order is used).
 * @returns Form 1: CLV per cell. Form 2: the per-member table with a header row.
 */
export function clv(
  value_per_day_or_member_ids: unknown[][],
  lifetime_days_or_order_dates: unknown[][],
  amounts?: unknown[][],
  registration_dates?: unknown[][],
): unknown[][] {
  try {
    // An omitted optional argument arrives as null in Excel (undefined when called from JavaScript).
    if (amounts === undefined || amounts === null) {
      return simpleClvCells(value_per_day_or_member_ids, lifetime_days_or_order_dates);
    }
    return simpleClvMemberTable(
      value_per_day_or_member_ids,
      lifetime_days_or_order_dates,
      amounts,
      registration_dates ?? null,
    );
  } catch (error) {
    return errorSpill(error);
  }
}

function btydRanges(frequency: unknown[][], recency: unknown[][], T: unknown[][]): NamedRange[] {
  return [
    { name: "frequency", range: frequency },
    { name: "recency", range: recency },
    { name: "T", range: T },
  ];
}

/**
 * BG/NBD model (Fader, Hardie & Lee 2005). recency, T and horizon are in one time unit, whichever the sheet uses (e.g. weeks); alpha is per that unit. Without r, alpha, a, b: fits the model by maximum likelihood and spills r, alpha, a, b, log-likelihood, converged (and any warning) — or, when a horizon is given, the expected purchases per customer from the fitted model. With r, alpha, a, b: expected purchases of each customer in the next horizon time units (spills like frequency). Deterministic (no randomness). Fully blank rows are skipped in a fit; desktop Excel passes blanks as 0, and a (0, 0, 0) row does not change the fit.
 * @customfunction CLV.BGNBD
 * @param frequency Repeat purchases x per customer (purchase days − 1), a column or range.
 * @param recency Time from first to last purchase t_x, same shape as frequency.
 * @param T Time from first purchase to the end of the data, same shape as frequency.
 * @param [horizon] Length of the future period, in the unit of recency and T. Required when the parameters are given.
 * @param [r] Fitted shape r of the purchase-rate gamma distribution.
 * @param [alpha] Fitted scale alpha (in the unit of recency and T).
 * @param [a] Fitted dropout beta parameter a.
 * @param [b] Fitted dropout beta parameter b.
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
): Promise<unknown[][]> {
  try {
    const ranges = btydRanges(frequency, recency, T);
    const values = [
      optionalNumber(r, "r"),
      optionalNumber(alpha, "alpha"),
      optionalNumber(a, "a"),
      optionalNumber(b, "b"),
    ];
    const given = allOrNone(values, ["r", "alpha", "a", "b"], "CLV.BGNBD");
    const horizonUnits = optionalNumber(horizon, "horizon");
    const fit = () =>
      runFunctionJob("clvBgnbdFit", { customers: customersFrom(ranges, "CLV.BGNBD"), timeUnit: UNIT_LABEL });
    if (given === null && horizonUnits === undefined) return bgnbdParameterSpill(await fit());
    const [givenR, givenAlpha, givenA, givenB] = given ?? [];
    const params =
      given === null
        ? (await fit()).params
        : { r: givenR as number, alpha: givenAlpha as number, a: givenA as number, b: givenB as number };
    return bgnbdExpectedSpill(ranges, params, requireHorizon(horizonUnits));
  } catch (error) {
    return errorSpill(error);
  }
}

/**
 * Probability that each customer is still active at the end of the data under the BG/NBD model: 1 / (1 + a/(b+x−1) · ((alpha+T)/(alpha+t_x))^(r+x)), and 1 for x = 0. recency and T in the unit alpha was fitted in. Spills like frequency.
 * @customfunction CLV.PALIVE
 * @param frequency Repeat purchases x per customer.
 * @param recency Time from first to last purchase t_x, same shape as frequency.
 * @param T Time from first purchase to the end of the data, same shape as frequency.
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
    const params = {
      r: numberFromCell(r, "r"),
      alpha: numberFromCell(alpha, "alpha"),
      a: numberFromCell(a, "a"),
      b: numberFromCell(b, "b"),
    };
    return probabilityAliveSpill(btydRanges(frequency, recency, T), params);
  } catch (error) {
    return errorSpill(error);
  }
}

/**
 * Gamma-Gamma spend model (Fader & Hardie 2013). Without p, q, gamma: fits the model by maximum likelihood on the customers with frequency above 0 and spills p, q, gamma, log-likelihood, corr(x, zbar) — the model assumes spend does not depend on frequency, so check it is near 0 — and converged. With p, q, gamma: each customer's expected average spend per purchase (the population mean for frequency 0); spills like frequency. Mean spend must be above 0 for repeat customers (filter out returns first).
 * @customfunction CLV.GAMMAGAMMA
 * @param frequency Repeat purchases x per customer.
 * @param mean_spend Mean spend zbar of the repeat purchases (use 0 where frequency is 0), same shape as frequency.
 * @param [p] Fitted shape p of the spend per transaction.
 * @param [q] Fitted shape q (must be above 1 for a finite mean).
 * @param [gamma] Fitted scale gamma.
 * @returns The parameter table, or expected average spend per customer.
 */
export async function clvGammaGamma(
  frequency: unknown[][],
  mean_spend: unknown[][],
  p?: unknown,
  q?: unknown,
  gamma?: unknown,
): Promise<unknown[][]> {
  try {
    const ranges = [
      { name: "frequency", range: frequency },
      { name: "mean_spend", range: mean_spend },
    ];
    const values = [optionalNumber(p, "p"), optionalNumber(q, "q"), optionalNumber(gamma, "gamma")];
    const given = allOrNone(values, ["p", "q", "gamma"], "CLV.GAMMAGAMMA");
    if (given === null) {
      const customers = customersFrom(ranges, "CLV.GAMMAGAMMA", 1);
      return gammaGammaParameterSpill(await runFunctionJob("clvGammaGammaFit", { customers }));
    }
    const [givenP, givenQ, givenGamma] = given as [number, number, number];
    return gammaGammaSpendSpill(ranges, { p: givenP, q: givenQ, gamma: givenGamma });
  } catch (error) {
    return errorSpill(error);
  }
}
