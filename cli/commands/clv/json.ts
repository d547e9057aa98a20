import type { ClvWarning } from "../../../src/clv/types";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import type { ClvSource } from "./customers";
import type { ClvRun } from "./models";
import type { ClvSettings } from "./settings";

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

/** Builds the --json document. */
export function clvJson(settings: ClvSettings, run: ClvRun): ClvJson {
  const common = { model: run.model, source: run.source };
  const warningsOf = (warnings: readonly ClvWarning[]) =>
    warnings.map(({ code, message }) => ({ code, message }));
  if (run.model === "bgnbd") {
    const { fit } = run;
    return {
      ...common,
      timeUnit: fit.timeUnit,
      horizon: run.horizon,
      periodUnit: settings.periodUnit,
      discountRate: null,
      params: { ...fit.params },
      logLikelihood: fit.logLikelihood,
      converged: fit.converged,
      iterations: fit.iterations,
      gradientNorm: fit.gradientNorm,
      warnings: warningsOf(fit.warnings),
      members: run.members.map((member) => ({ ...member })),
    };
  }
  if (run.model === "gammagamma") {
    const { gammaGamma, bgnbd, values } = run;
    return {
      ...common,
      timeUnit: bgnbd.timeUnit,
      horizon: run.horizon,
      periodUnit: settings.periodUnit,
      discountRate: settings.discountRate,
      params: { ...gammaGamma.params },
      logLikelihood: gammaGamma.logLikelihood,
      converged: gammaGamma.converged,
      iterations: gammaGamma.iterations,
      gradientNorm: gammaGamma.gradientNorm,
      warnings: warningsOf(gammaGamma.warnings),
      frequencySpendCorrelation: gammaGamma.frequencySpendCorrelation,
      repeatCustomers: gammaGamma.repeatCustomerCount,
      excludedZeroSpendCustomers: run.excludedZeroSpend,
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
        meanRepeatSpend: run.meanRepeatSpends[index] ?? null,
        expectedSpend: row.expectedSpend,
        probabilityAlive: row.probabilityAlive,
        expectedPurchases: row.expectedPurchases,
        clv: row.clv,
      })),
    };
  }
  const { result } = run;
  return {
    ...common,
    timeUnit: "days",
    horizon: run.horizon,
    periodUnit: settings.horizon === null ? "days" : settings.periodUnit,
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
      start: isoFromExcelSerial(member.startSerial),
      lastOrder: isoFromExcelSerial(member.lastOrderSerial),
      lifetimeDays: member.lifetimeDays,
      totalSpend: member.totalSpend,
      valuePerDay: member.valuePerDay,
      valuePerDaySource: member.valuePerDaySource,
      clv: member.clv,
    })),
  };
}
