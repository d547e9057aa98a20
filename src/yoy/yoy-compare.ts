import { CoreError } from "../errors";
import { KPI_KEYS, type KpiKey } from "../promo/kpi-keys";
import type { KpiPack } from "../promo/kpi-pack";
import { kpiOf, notAvailable, type KpiValue } from "../promo/kpi-value";

/** One KPI in the year-over-year table. */
export interface YoyRow {
  readonly key: KpiKey;
  readonly current: KpiValue;
  readonly previous: KpiValue;
  /** current − previous. */
  readonly change: KpiValue;
  /** (current − previous) / previous; a zero previous value is DIVISION_BY_ZERO (subject "previous"). */
  readonly changeRatio: KpiValue;
}

/**
 * Change of a value from a base: absolute and relative. An undefined operand makes both OPERAND_UNDEFINED;
 * a zero base makes the ratio DIVISION_BY_ZERO (a % change from 0 is not a number).
 *
 * @example
 * import { kpiOf } from "../promo/kpi-value";
 * yoyChange(kpiOf(120), kpiOf(100)) // { change: { kind: "value", value: 20 }, changeRatio: { kind: "value", value: 0.2 } }
 */
export function yoyChange(
  current: KpiValue,
  previous: KpiValue,
): { readonly change: KpiValue; readonly changeRatio: KpiValue } {
  if (current.kind === "undefined" || previous.kind === "undefined") {
    const which = current.kind === "undefined" ? "current" : "previous";
    const undefinedValue: KpiValue = {
      kind: "undefined",
      code: "OPERAND_UNDEFINED",
      subject: which,
      reason: `the ${which} value is undefined`,
    };
    return { change: undefinedValue, changeRatio: undefinedValue };
  }
  const change = current.value - previous.value;
  if (previous.value === 0) {
    return {
      change: kpiOf(change),
      changeRatio: {
        kind: "undefined",
        code: "DIVISION_BY_ZERO",
        subject: "previous",
        reason: "division by zero: the previous value is 0",
      },
    };
  }
  return { change: kpiOf(change), changeRatio: kpiOf(change / Math.abs(previous.value)) };
}

/**
 * The year-over-year table of two KPI packs, in KPI_KEYS order: each KPI's current and previous value and
 * its absolute and % change (change / |previous|).
 *
 * Cost: O(KPIs).
 */
export function compareKpiPacks(current: KpiPack, previous: KpiPack): YoyRow[] {
  return KPI_KEYS.map((key) => ({
    key,
    current: current[key],
    previous: previous[key],
    ...yoyChange(current[key], previous[key]),
  }));
}

/**
 * A KPI pack from pasted values (last year's figures typed into a sheet): each given finite number becomes a
 * value, a blank or absent KPI is NOT_AVAILABLE (subject "previous").
 *
 * @throws CoreError KPI_KEY_UNKNOWN for a key outside KPI_KEYS
 * @example kpiPackFromValues({ gmv: 1000 }).gmv // { kind: "value", value: 1000 }
 */
export function kpiPackFromValues(values: Readonly<Record<string, number | null | undefined>>): KpiPack {
  for (const key of Object.keys(values)) {
    if (!(KPI_KEYS as readonly string[]).includes(key)) {
      throw new CoreError("KPI_KEY_UNKNOWN", `"${key}" is not a KPI (known: ${KPI_KEYS.join(", ")})`);
    }
  }
  const entries = KPI_KEYS.map((key): [KpiKey, KpiValue] => {
    const value = values[key];
    return [
      key,
      typeof value === "number" && Number.isFinite(value) ? kpiOf(value) : notAvailable("previous"),
    ];
  });
  return Object.fromEntries(entries) as Record<KpiKey, KpiValue>;
}
