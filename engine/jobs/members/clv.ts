import { fitBgnbd } from "../../../src/clv/bgnbd-fit";
import { btydSummaryFromTransactions } from "../../../src/clv/btyd-summary";
import { clvTable } from "../../../src/clv/clv-table";
import { compareClvToCpa } from "../../../src/clv/cpa-comparison";
import { fitGammaGamma } from "../../../src/clv/gamma-gamma-fit";
import { simpleClvFromOrders } from "../../../src/clv/simple-clv-orders";
import { discountRateForPeriod } from "../../../src/clv/time-unit";
import { buildClvResultSheet, buildSimpleClvResultSheet } from "../../../src/report/clv";
import { completeOrderRows } from "../../../src/table/column-reader";
import type { AnalysisRunner } from "./runner";
import { withSimpleClvDistribution } from "./simple-clv-distribution";

/** Customer value: the simple form or BG/NBD + Gamma-Gamma, as the request's CLV settings say. */
export const runClv: AnalysisRunner = (table, request, runRecord) =>
  request.clv.model === "simple"
    ? runSimpleClv(table, request, runRecord)
    : runBtydClv(table, request, runRecord);

/** Expected lifetime days × value per day (registration, or first order, to last order), with the CPA check. */
const runSimpleClv: AnalysisRunner = (table, request, runRecord) => {
  const rows = completeOrderRows(table, "simpleClvFromOrders");
  const result = simpleClvFromOrders({
    memberIds: rows.memberIds,
    orderDateSerials: rows.dateSerials,
    amounts: rows.amounts,
    ...(rows.hasRegistrations ? { registrationDateSerials: rows.registrationSerials } : {}),
  });
  const { acquisitionCost } = request.clv;
  const sheet = buildSimpleClvResultSheet(
    { result, runRecord, ...(acquisitionCost === undefined ? {} : { acquisitionCost }) },
    request.locale,
  );
  const comparison =
    acquisitionCost === undefined ? null : compareClvToCpa(result.averageClv, acquisitionCost);
  return {
    sheet: withSimpleClvDistribution(sheet, result, request.locale),
    facts: {
      analysis: "clv",
      model: "simple",
      averageClv: result.averageClv,
      lifetimeDays: result.expectedLifetimeDays,
      cpa:
        comparison === null ? null : { clvToCpaRatio: comparison.clvToCpaRatio, verdict: comparison.verdict },
    },
  };
};

/**
 * BG/NBD and Gamma-Gamma fitted on the BTYD summary built from the order rows (calibration end = the last
 * order day, durations in the chosen unit), then CLV discounted over the horizon at the annual rate converted
 * to that unit.
 */
const runBtydClv: AnalysisRunner = (table, request, runRecord) => {
  const { timeUnit, horizonPeriods, annualDiscountRate } = request.clv;
  const rows = completeOrderRows(table, "fitBgnbd");
  let lastSerial = -Infinity;
  for (const serial of rows.dateSerials) lastSerial = Math.max(lastSerial, serial);
  const summary = btydSummaryFromTransactions(
    { customerIds: rows.memberIds, dateSerials: rows.dateSerials, amounts: rows.amounts },
    { calibrationEndSerial: Number.isFinite(lastSerial) ? lastSerial : 0, timeUnit },
  );
  const bgnbd = fitBgnbd(summary.customers, { timeUnit });
  const gammaGamma = fitGammaGamma(summary.customers);
  const values = clvTable(
    { customers: summary.customers, bgnbd, gammaGamma },
    {
      horizonPeriods,
      periodUnit: timeUnit,
      discountRatePerPeriod: discountRateForPeriod(annualDiscountRate, "years", timeUnit),
    },
  );
  return {
    sheet: buildClvResultSheet({ bgnbd, gammaGamma, values, runRecord }, request.locale),
    facts: {
      analysis: "clv",
      model: "btyd",
      meanClv: values.meanClv,
      bgnbdConverged: bgnbd.converged,
      gammaGammaConverged: gammaGamma.converged,
      horizonPeriods,
      timeUnit,
    },
  };
};
