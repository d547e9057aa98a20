/** Customer lifetime value: the simple form, the BTYD summary, BG/NBD, Gamma-Gamma and discounted CLV. */
export { btydSummaryFromTransactions } from "./btyd-summary";
export type { BtydSummary, BtydSummaryOptions, TransactionColumns } from "./btyd-summary";
export { fitBgnbd } from "./bgnbd-fit";
export type { BgnbdFitOptions } from "./bgnbd-fit";
export { bgnbdLogLikelihood, groupBtydCustomers } from "./bgnbd-likelihood";
export {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
} from "./bgnbd-predict";
export { fitGammaGamma } from "./gamma-gamma-fit";
export type { GammaGammaFitOptions } from "./gamma-gamma-fit";
export { gammaGammaLogLikelihood, prepareRepeatSpendData } from "./gamma-gamma-likelihood";
export { gammaGammaExpectedSpend, gammaGammaMeanSpend } from "./gamma-gamma-spend";
export { discountedClv, discountedClvForPeriodLength } from "./discounted-clv";
export type { DiscountedClvOptions, DiscountedClvValue } from "./discounted-clv";
export { clvTable } from "./clv-table";
export type { ClvTable, ClvTableInput, ClvTableRow } from "./clv-table";
export { simpleClv } from "./simple-clv";
export { simpleClvFromOrders } from "./simple-clv-orders";
export type {
  SimpleClvMember,
  SimpleClvOptions,
  SimpleClvOrders,
  SimpleClvResult,
} from "./simple-clv-orders";
export { compareClvToCpa } from "./cpa-comparison";
export type { CpaComparison, CpaThresholds, CpaVerdict } from "./cpa-comparison";
export { convertDuration, daysPerTimeUnit, discountRateForPeriod, TIME_UNITS } from "./time-unit";
export type { TimeUnit } from "./time-unit";
export { valueHistogram } from "./value-histogram";
export type { HistogramBin } from "./value-histogram";
export { hypergeometric2F1, logHypergeometric2F1 } from "./hypergeometric";
export { logGamma } from "./log-gamma";
export { validateBtydCustomers, validateBtydHistory } from "./validate-customers";
export type * from "./types";
