import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import type { KpiPack } from "./kpi-pack";
import { divideKpi, type KpiValue } from "./kpi-value";

/** One named count of a funnel, e.g. { key: "uv", count: 1000 }. */
export interface FunnelStepInput {
  readonly key: string;
  readonly count: number;
}

export interface FunnelStep {
  readonly key: string;
  readonly count: number;
  /** count / previous step's count (undefined for the first step and after a zero step). */
  readonly stepConversion: KpiValue;
  /** count / first step's count. */
  readonly conversionFromFirst: KpiValue;
  /** previous count − count (0 for the first step; negative when a step grows, e.g. cart above favourites). */
  readonly dropOffCount: number;
  /** 1 − stepConversion. */
  readonly dropOffRatio: KpiValue;
}

export interface Funnel {
  readonly steps: readonly FunnelStep[];
  /** The step (from the second on) with the lowest step conversion; the earliest on a tie; null if none is defined. */
  readonly weakestStep: {
    readonly key: string;
    readonly index: number;
    readonly stepConversion: number;
  } | null;
}

/**
 * An ordered funnel: per step its conversion from the previous and from the first step, the drop-off, and the
 * weakest step. Steps need not shrink (favourites and add-to-cart are not nested), so conversions above 1 are
 * kept as they are.
 *
 * Cost: O(steps).
 *
 * @throws CoreError FUNNEL_TOO_FEW_STEPS, FUNNEL_COUNT_INVALID, FUNNEL_KEY_DUPLICATE
 * @example funnel([{ key: "uv", count: 1000 }, { key: "addToCart", count: 100 }, { key: "buyers", count: 40 }]).weakestStep
 * // { key: "addToCart", index: 1, stepConversion: 0.1 }
 */
export function funnel(stepInputs: readonly FunnelStepInput[]): Funnel {
  if (stepInputs.length < 2)
    throw new CoreError("FUNNEL_TOO_FEW_STEPS", "The funnel needs at least two steps");
  const seen = new Set<string>();
  for (const step of stepInputs) {
    if (!Number.isFinite(step.count) || step.count < 0) {
      throw new CoreError(
        "FUNNEL_COUNT_INVALID",
        `Funnel step ${plainName(step.key)} has count ${step.count} (it must be a finite number ≥ 0)`,
      );
    }
    if (seen.has(step.key))
      throw new CoreError("FUNNEL_KEY_DUPLICATE", `Funnel step ${plainName(step.key)} appears twice`);
    seen.add(step.key);
  }
  const first = stepInputs[0] as FunnelStepInput;
  let weakestStep: Funnel["weakestStep"] = null;
  const steps = stepInputs.map((step, index): FunnelStep => {
    const previous = stepInputs[index - 1];
    const conversionFromFirst = divideKpi(step.count, first.count, first.key);
    if (previous === undefined) {
      const none: KpiValue = {
        kind: "undefined",
        code: "NOT_AVAILABLE",
        subject: "firstStep",
        reason: "first step",
      };
      return {
        key: step.key,
        count: step.count,
        stepConversion: none,
        conversionFromFirst,
        dropOffCount: 0,
        dropOffRatio: none,
      };
    }
    const stepConversion = divideKpi(step.count, previous.count, previous.key);
    if (
      stepConversion.kind === "value" &&
      (weakestStep === null || stepConversion.value < weakestStep.stepConversion)
    ) {
      weakestStep = { key: step.key, index, stepConversion: stepConversion.value };
    }
    const dropOffRatio: KpiValue =
      stepConversion.kind === "value" ? { kind: "value", value: 1 - stepConversion.value } : stepConversion;
    return {
      key: step.key,
      count: step.count,
      stepConversion,
      conversionFromFirst,
      dropOffCount: previous.count - step.count,
      dropOffRatio,
    };
  });
  return { steps, weakestStep };
}

/**
 * The traffic funnel UV → favourites → add-to-cart → buyers from a KPI pack; steps whose KPI has no value
 * (e.g. no favourites column) are left out.
 *
 * @throws CoreError FUNNEL_TOO_FEW_STEPS when fewer than two of the four are available
 */
export function trafficFunnel(pack: KpiPack): Funnel {
  const keys = ["uv", "favourites", "addToCart", "buyers"] as const;
  const steps: FunnelStepInput[] = [];
  for (const key of keys) {
    const kpi = pack[key];
    if (kpi.kind === "value") steps.push({ key, count: kpi.value });
  }
  return funnel(steps);
}
