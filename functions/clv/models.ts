import { bgnbdProbabilityAlive } from "../../src/clv/bgnbd-predict";
import { gammaGammaExpectedSpend, gammaGammaMeanSpend } from "../../src/clv/gamma-gamma-spend";
import type {
  BgnbdFit,
  BgnbdParams,
  BtydCustomer,
  ClvWarning,
  GammaGammaFit,
  GammaGammaParams,
} from "../../src/clv/types";
import { CoreError } from "../../src/errors";
import { toExcelError } from "../shared/excel-error";
import { mapNumericPositions, numericRows, type EmptyPosition, type NamedRange } from "./ranges";

/**
 * The unit of recency, T and the horizon is whatever the sheet uses; the models never convert it. BG/NBD's
 * fit is done in "weeks" only as a label (the likelihood does not depend on the unit's name).
 */
export const UNIT_LABEL = "weeks";

/**
 * Which summary rows are no customer. BG/NBD: a row of blanks, or of 0s (desktop's blank row): T = 0 would mean a
 * first purchase on the data's last day, which adds nothing to the likelihood, so leaving it out changes no fit
 * and both builds agree. Gamma-Gamma: a row of blanks only, since (0, 0) is a one-time buyer, the most common
 * customer of all (left out of the fit by the model, given the population mean spend by it).
 */
export const BGNBD_EMPTY: EmptyPosition = "blankOrZero";
export const GAMMA_GAMMA_EMPTY: EmptyPosition = "blank";

/**
 * BtydCustomer rows from parallel ranges (frequency, recency, T; or frequency and mean spend at spendIndex);
 * empty positions skipped (BGNBD_EMPTY, GAMMA_GAMMA_EMPTY), a blank cell read as 0, customers named by their
 * position. The fits run on these in an engine job.
 *
 * @throws CoreError RANGE_SHAPE_MISMATCH, CELL_NOT_NUMBER, CELL_ERROR
 */
export function customersFrom(
  ranges: readonly NamedRange[],
  caller: string,
  spendIndex?: number,
): BtydCustomer[] {
  const empty = spendIndex === undefined ? BGNBD_EMPTY : GAMMA_GAMMA_EMPTY;
  return numericRows(ranges, caller, empty).map(({ position, values }) => ({
    customerId: position,
    frequency: values[0] as number,
    recency: spendIndex === undefined ? (values[1] as number) : 0,
    age: spendIndex === undefined ? (values[2] as number) : 0,
    meanRepeatSpend: spendIndex === undefined ? 0 : (values[spendIndex] as number),
  }));
}

function warningRows(warnings: readonly ClvWarning[]): unknown[][] {
  return warnings.map((warning) => ["warning", warning.message]);
}

/** Fitted BG/NBD parameters as a label/value spill. */
export function bgnbdParameterSpill(fit: BgnbdFit): unknown[][] {
  const { r, alpha, a, b } = fit.params;
  return [
    ["r", r],
    ["alpha", alpha],
    ["a", a],
    ["b", b],
    ["log-likelihood", fit.logLikelihood],
    ["converged", fit.converged],
    ...warningRows(fit.warnings),
  ];
}

/** P(alive) per position, in the shape of the ranges. */
export function probabilityAliveSpill(ranges: readonly NamedRange[], params: BgnbdParams): unknown[][] {
  bgnbdProbabilityAlive(params, { frequency: 0, recency: 0, age: 0 }); // validates the parameters once
  return mapNumericPositions(
    ranges,
    "CLV.PALIVE",
    ([frequency, recency, age]) =>
      bgnbdProbabilityAlive(params, {
        frequency: frequency as number,
        recency: recency as number,
        age: age as number,
      }),
    toExcelError,
    BGNBD_EMPTY,
  );
}

/** Fitted Gamma-Gamma parameters with the log-likelihood and corr(x, zbar) as a label/value spill. */
export function gammaGammaParameterSpill(fit: GammaGammaFit): unknown[][] {
  const { p, q, gamma } = fit.params;
  const correlation =
    fit.frequencySpendCorrelation ??
    new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      "frequency or mean spend does not vary among repeat customers",
    );
  return [
    ["p", p],
    ["q", q],
    ["gamma", gamma],
    ["log-likelihood", fit.logLikelihood],
    ["corr(x, zbar)", correlation],
    ["converged", fit.converged],
    ...warningRows(fit.warnings),
  ];
}

/** E[M | x, zbar] per position, in the shape of the ranges. */
export function gammaGammaSpendSpill(ranges: readonly NamedRange[], params: GammaGammaParams): unknown[][] {
  gammaGammaMeanSpend(params);
  return mapNumericPositions(
    ranges,
    "CLV.GAMMAGAMMA",
    ([frequency, meanRepeatSpend]) =>
      gammaGammaExpectedSpend(params, {
        frequency: frequency as number,
        meanRepeatSpend: meanRepeatSpend as number,
      }),
    toExcelError,
    GAMMA_GAMMA_EMPTY,
  );
}

/**
 * The horizon of =CLV.BGNBD when parameters are given.
 *
 * @throws CoreError CLV_HORIZON_REQUIRED
 */
export function requireHorizon(horizon: number | undefined): number {
  if (horizon === undefined) {
    throw new CoreError(
      "CLV_HORIZON_REQUIRED",
      "CLV.BGNBD requires a horizon when r, alpha, a, b are given (expected purchases over the next horizon time units)",
    );
  }
  return horizon;
}
