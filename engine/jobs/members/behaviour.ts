import { cycleAnalysis } from "../../../src/analysis/cycle";
import { sensitivityAnalysis } from "../../../src/analysis/sensitivity";
import { timingAnalysis } from "../../../src/analysis/timing";
import { onlySheet, type AnalysisRunner } from "./runner";

/** Purchase cycle, with the per-category table when a category column is mapped. */
export const runCycle: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(cycleAnalysis(table, { locale: request.locale, runRecord }));

/** Promotion sensitivity (coupon or discount column) and price sensitivity (unit price and category). */
export const runSensitivity: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(
    sensitivityAnalysis(
      table,
      { discountConvention: request.discountConvention },
      { locale: request.locale, runRecord },
    ),
  );

/** Weekday × hour heat table and, when the dates carry a time of day, each member's preferred day-part. */
export const runTiming: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(timingAnalysis(table, { locale: request.locale, runRecord }));
