import { fitBgnbd, type BgnbdFitOptions } from "../../src/clv/bgnbd-fit";
import { bgnbdConditionalExpectedPurchases, bgnbdExpectedPurchases } from "../../src/clv/bgnbd-predict";
import { fitGammaGamma } from "../../src/clv/gamma-gamma-fit";
import {
  simpleClvFromOrders,
  type SimpleClvOrders,
  type SimpleClvResult,
} from "../../src/clv/simple-clv-orders";
import type { BgnbdFit, BgnbdParams, BtydCustomer, GammaGammaFit } from "../../src/clv/types";
import { isCoreError } from "../../src/errors";
import type { SerializedError } from "../protocol";
import { serializeError } from "../run-job";

/** The customers of =CLV.BGNBD / =CLV.GAMMAGAMMA after the function read their cells. */
export interface ClvFitRequest {
  readonly customers: readonly BtydCustomer[];
}

/** =CLV.BGNBD's maximum-likelihood fit; the function builds its cells from the (plain) fit. */
export function clvBgnbdFitJob(request: ClvFitRequest & Pick<BgnbdFitOptions, "timeUnit">): BgnbdFit {
  return fitBgnbd(request.customers, { timeUnit: request.timeUnit });
}

/** =CLV.GAMMAGAMMA's maximum-likelihood fit; the function builds its cells from the (plain) fit. */
export function clvGammaGammaFitJob(request: ClvFitRequest): GammaGammaFit {
  return fitGammaGamma(request.customers);
}

/**
 * The per-member simple CLV of =CLV(member_ids, order_dates, amounts, [registration_dates]) from the order lines
 * the function read (lines of members with a bad cell already left out). The inline path of the function runs
 * this same job, so both give one answer.
 *
 * Cost: O(n) for n order lines.
 *
 * @throws CoreError simpleClvFromOrders' codes
 */
export function clvSimpleOrdersJob(request: SimpleClvOrders): SimpleClvResult {
  return simpleClvFromOrders(request);
}

/** =CLV.BGNBD's customers (one per non-empty position, in order) with the parameters and the horizon. */
export interface BgnbdExpectedRequest {
  readonly params: BgnbdParams;
  readonly horizon: number;
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly age: Float64Array;
}

/**
 * Expected purchases over the horizon of each customer (FHL 2005 eq. 10): a number, or the core's error for that
 * customer alone (e.g. recency above T), which the function shows in that customer's cell. The parameters and the
 * horizon are checked once first: a bad one fails the job. The inline path of the function runs this same job.
 *
 * Cost: O(customers) hypergeometric series; about 4 µs a customer (bench/functions/inline-cost.bench.ts).
 *
 * @throws CoreError BGNBD_PARAMS_INVALID, BGNBD_HORIZON_INVALID
 */
export function clvBgnbdExpectedJob(request: BgnbdExpectedRequest): (number | SerializedError)[] {
  const { params, horizon, frequency, recency, age } = request;
  bgnbdExpectedPurchases(params, horizon);
  return Array.from(frequency, (x, index) => {
    const customer = { frequency: x, recency: recency[index] as number, age: age[index] as number };
    try {
      return bgnbdConditionalExpectedPurchases(params, customer, horizon);
    } catch (error) {
      if (!isCoreError(error)) throw error;
      return serializeError(error);
    }
  });
}
