import { channelAnalysis } from "../../../src/analysis/channel";
import { cohortsAnalysis } from "../../../src/analysis/cohorts";
import { paretoAnalysis } from "../../../src/analysis/pareto";
import { onlySheet, type AnalysisRunner } from "./runner";

/** Orders, revenue and members per channel; without an amount column the revenue columns stay empty. */
export const runChannel: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(channelAnalysis(table, { locale: request.locale, runRecord }));

/** Retention triangle, new / returning / lapsed per month, and the member overview with registrations. */
export const runCohorts: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(cohortsAnalysis(table, { locale: request.locale, runRecord }));

/** Share of revenue held by the top x % of members, with the Lorenz curve. */
export const runPareto: AnalysisRunner = (table, request, runRecord) =>
  onlySheet(paretoAnalysis(table, { topShare: request.topShare }, { locale: request.locale, runRecord }));
