import type { ClvWarning } from "../../../src/clv/types";
import { isoDateMemo } from "../../iso-date-memo";
import type { ClvRun, ClvSource } from "./models";

/** The --json document of `clv`; every model has the same top-level keys. */
export interface ClvJson {
  readonly model: ClvRun["model"];
  readonly source: ClvSource;
  /** Unit of recency, age (T) and alpha (BTYD models); "days" for the simple model. */
  readonly timeUnit: string;
  /** Length of the future period, in periodUnit (simple: the expected lifetime). */
  readonly horizon: number;
  readonly periodUnit: string;
  /** Compound discount rate per periodUnit (gammagamma); null where the model does not discount. */
  readonly discountRate: number | null;
  readonly params: Readonly<Record<string, number>>;
  readonly logLikelihood: number | null;
  readonly converged: boolean | null;
  readonly iterations: number | null;
  readonly gradientNorm: number | null;
  readonly warnings: readonly ClvWarning[];
  readonly members: readonly Readonly<Record<string, string | number | null>>[];
  /** Model-specific figures (e.g. corr(x, zbar), the BG/NBD fit behind a Gamma-Gamma CLV, the average CLV). */
  readonly [extra: string]: unknown;
}

const warningsOf = (warnings: readonly ClvWarning[]) =>
  warnings.map(({ code, message }) => ({ code, message }));

/** Builds the --json document. */
export function clvJson(clv: ClvRun): ClvJson {
  const common = { model: clv.model, source: clv.source };
  if (clv.model === "bgnbd") {
    const { fit, horizonPeriods, periodUnit, members } = clv.run.result;
    return {
      ...common,
      timeUnit: fit.timeUnit,
      horizon: horizonPeriods,
      periodUnit,
      discountRate: null,
      params: { ...fit.params },
      logLikelihood: fit.logLikelihood,
      converged: fit.converged,
      iterations: fit.iterations,
      gradientNorm: fit.gradientNorm,
      warnings: warningsOf(fit.warnings),
      members: members.map((member) => ({ ...member })),
    };
  }
  if (clv.model === "gammagamma") {
    const { gammaGamma, bgnbd, values, meanRepeatSpends } = clv.run.result;
    return {
      ...common,
      timeUnit: bgnbd.timeUnit,
      horizon: clv.run.result.horizonPeriods,
      periodUnit: clv.run.result.periodUnit,
      discountRate: clv.run.result.discountRatePerPeriod,
      params: { ...gammaGamma.params },
      logLikelihood: gammaGamma.logLikelihood,
      converged: gammaGamma.converged,
      iterations: gammaGamma.iterations,
      gradientNorm: gammaGamma.gradientNorm,
      warnings: warningsOf(gammaGamma.warnings),
      frequencySpendCorrelation: gammaGamma.frequencySpendCorrelation,
      repeatCustomers: gammaGamma.repeatCustomerCount,
      excludedZeroSpendCustomers: clv.run.result.excludedZeroSpend,
      bgnbd: {
        params: { ...bgnbd.params },
        logLikelihood: bgnbd.logLikelihood,
        converged: bgnbd.converged,
        warnings: warningsOf(bgnbd.warnings),
      },
      totalClv: values.totalClv,
      meanClv: values.meanClv,
      members: values.rows.map((row, index) => ({
        id: String(row.customerId),
        frequency: row.frequency,
        recency: row.recency,
        age: row.age,
        meanRepeatSpend: meanRepeatSpends[index] ?? null,
        expectedSpend: row.expectedSpend,
        probabilityAlive: row.probabilityAlive,
        expectedPurchases: row.expectedPurchases,
        clv: row.clv,
      })),
    };
  }
  const { clv: result, horizon, periodUnit } = clv.run.result;
  const isoOf = isoDateMemo();
  return {
    ...common,
    timeUnit: "days",
    horizon,
    periodUnit,
    discountRate: null,
    params: {
      expectedLifetimeDays: result.expectedLifetimeDays,
      populationValuePerDay: result.populationValuePerDay,
    },
    logLikelihood: null,
    converged: null,
    iterations: null,
    gradientNorm: null,
    warnings: [],
    averageClv: result.averageClv,
    zeroLifetimeMembers: result.zeroLifetimeMembers,
    members: result.members.map((member) => ({
      id: String(member.memberId),
      start: isoOf(member.startSerial),
      lastOrder: isoOf(member.lastOrderSerial),
      lifetimeDays: member.lifetimeDays,
      totalSpend: member.totalSpend,
      valuePerDay: member.valuePerDay,
      valuePerDaySource: member.valuePerDaySource,
      clv: member.clv,
    })),
  };
}
