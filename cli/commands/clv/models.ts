import { fitBgnbd } from "../../../src/clv/bgnbd-fit";
import { bgnbdConditionalExpectedPurchases, bgnbdProbabilityAlive } from "../../../src/clv/bgnbd-predict";
import { clvTable, type ClvTable } from "../../../src/clv/clv-table";
import { fitGammaGamma } from "../../../src/clv/gamma-gamma-fit";
import { simpleClvFromOrders, type SimpleClvResult } from "../../../src/clv/simple-clv-orders";
import { convertDuration } from "../../../src/clv/time-unit";
import type { BgnbdFit, BtydCustomer, GammaGammaFit } from "../../../src/clv/types";
import { isCoreError } from "../../../src/errors";
import { CliError } from "../../cli-error";
import type { CommandArgs } from "../../command";
import { btydCustomers, type ClvSource } from "./customers";
import { readOrderLines } from "./orders";
import { oneYearIn, type ClvSettings } from "./settings";

export interface BgnbdMember {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
  readonly probabilityAlive: number;
  readonly expectedPurchases: number;
}

export type ClvRun =
  | {
      readonly model: "bgnbd";
      readonly source: ClvSource;
      readonly horizon: number;
      readonly fit: BgnbdFit;
      readonly members: readonly BgnbdMember[];
    }
  | {
      readonly model: "gammagamma";
      readonly source: ClvSource;
      readonly horizon: number;
      readonly bgnbd: BgnbdFit;
      readonly gammaGamma: GammaGammaFit;
      readonly values: ClvTable;
      /** Mean repeat spend of each member of `values.rows`, in the same order. */
      readonly meanRepeatSpends: readonly number[];
      readonly excludedZeroSpend: number;
    }
  | {
      readonly model: "simple";
      readonly source: ClvSource;
      readonly horizon: number;
      readonly result: SimpleClvResult;
    };

/**
 * Reads the input and runs the model the settings name.
 *
 * @throws CliError, CoreError (bad files, degenerate data)
 */
export async function runClvModel(settings: ClvSettings, args: CommandArgs): Promise<ClvRun> {
  if (settings.model === "simple") return runSimple(settings, args);
  const { customers, timeUnit, source } = await btydCustomers(settings, args);
  const horizon = settings.horizon ?? oneYearIn(settings.periodUnit);
  if (settings.model === "bgnbd") {
    const fit = fitBgnbd(customers, { timeUnit });
    return {
      model: "bgnbd",
      source,
      horizon,
      fit,
      members: bgnbdMembers(fit, customers, convertDuration(horizon, settings.periodUnit, timeUnit)),
    };
  }
  const excluded = settings.excludeZeroSpend
    ? customers.filter((c) => c.frequency > 0 && !(c.meanRepeatSpend > 0))
    : [];
  const excludedSet = new Set(excluded);
  const kept = excluded.length === 0 ? customers : customers.filter((c) => !excludedSet.has(c));
  let gammaGamma: GammaGammaFit;
  try {
    gammaGamma = fitGammaGamma(kept);
  } catch (error) {
    if (isCoreError(error) && error.code === "GAMMAGAMMA_SPEND_NOT_POSITIVE") {
      throw new CliError(
        `${error.message}; pass --exclude-zero-spend to leave such customers out`,
        settings.source.file,
      );
    }
    throw error;
  }
  // BG/NBD describes purchase timing only, so it is fitted on every customer, zero-spend ones included.
  const bgnbd = fitBgnbd(customers, { timeUnit });
  const values = clvTable(
    { customers: kept, bgnbd, gammaGamma },
    {
      horizonPeriods: horizon,
      periodUnit: settings.periodUnit,
      discountRatePerPeriod: settings.discountRate,
    },
  );
  const meanRepeatSpends = kept.map((customer) => customer.meanRepeatSpend);
  return {
    model: "gammagamma",
    source,
    horizon,
    bgnbd,
    gammaGamma,
    values,
    meanRepeatSpends,
    excludedZeroSpend: excluded.length,
  };
}

/** P(alive) and expected purchases over `t` model units per customer; equal histories computed once. */
function bgnbdMembers(fit: BgnbdFit, customers: readonly BtydCustomer[], t: number): BgnbdMember[] {
  const cache = new Map<string, [number, number]>();
  return customers.map((customer) => {
    const key = `${customer.frequency}|${customer.recency}|${customer.age}`;
    let values = cache.get(key);
    if (values === undefined) {
      values = [
        bgnbdProbabilityAlive(fit.params, customer),
        bgnbdConditionalExpectedPurchases(fit.params, customer, t),
      ];
      cache.set(key, values);
    }
    const { frequency, recency, age } = customer;
    return {
      id: String(customer.customerId),
      frequency,
      recency,
      age,
      probabilityAlive: values[0],
      expectedPurchases: values[1],
    };
  });
}

async function runSimple(settings: ClvSettings, args: CommandArgs): Promise<ClvRun> {
  const lines = await readOrderLines(args);
  const result = simpleClvFromOrders(
    {
      memberIds: lines.memberIds,
      orderDateSerials: lines.dateSerials,
      amounts: lines.amounts,
      ...(lines.registrationSerials === null ? {} : { registrationDateSerials: lines.registrationSerials }),
    },
    settings.horizon === null
      ? {}
      : { expectedLifetimeDays: convertDuration(settings.horizon, settings.periodUnit, "days") },
  );
  const source: ClvSource = {
    kind: "input",
    address: lines.address,
    rowCount: lines.rowCount,
    customers: result.members.length,
    rowsSkipped: lines.rowsSkipped,
    calibrationEnd: null,
    transactionsAfterEnd: null,
  };
  return { model: "simple", source, horizon: settings.horizon ?? result.expectedLifetimeDays, result };
}
