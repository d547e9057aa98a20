import { btydClvAnalysis } from "../../../src/analysis/clv-btyd";
import { simpleClvAnalysis } from "../../../src/analysis/clv-simple";
import { onlySheet, type AnalysisRunner } from "./runner";

/**
 * Customer value, as the request's CLV settings say: the simple form (lifetime days × value per day, with the
 * CPA check), or BG/NBD + Gamma-Gamma on the order rows (calibration end = the last order day, durations,
 * horizon and period in the chosen unit), discounted at the annual rate converted to that unit.
 */
export const runClv: AnalysisRunner = (table, request, runRecord) => {
  const context = { locale: request.locale, runRecord };
  const { model, timeUnit, horizonPeriods, annualDiscountRate, acquisitionCost } = request.clv;
  if (model === "simple") {
    const settings = acquisitionCost === undefined ? {} : { acquisitionCost };
    return onlySheet(simpleClvAnalysis(table, settings, context));
  }
  const run = btydClvAnalysis(
    { kind: "orders", table },
    { timeUnit, horizonPeriods, discountRate: annualDiscountRate, discountRateUnit: "years" },
    context,
  );
  // The pane offers days, weeks and months only, so the facts' unit is the request's own.
  return onlySheet({ result: { facts: { ...run.result.facts, timeUnit } }, sheets: run.sheets });
};
