import { fitBgnbd, type BgnbdFitOptions } from "../../src/clv/bgnbd-fit";
import { fitGammaGamma } from "../../src/clv/gamma-gamma-fit";
import type { BgnbdFit, BtydCustomer, GammaGammaFit } from "../../src/clv/types";

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
