import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import { kpiPack } from "./kpi-pack";
import type { KpiValue } from "./kpi-value";
import type { ProductSummary } from "./product-summary";
import type { InputAvailability } from "./tables";

/** keep = sells well from its traffic; candidate = reconsider (sold much of its stock); clear = clearance. */
export type PromoDecision = "keep" | "candidate" | "clear" | "undecided";

/** Editable thresholds of the keep / candidate / clear rule (ratios: 0.008 = 0.8 %). */
export interface RuleThresholds {
  /** Keep when conversion (buyers / UV) is strictly above this. @default 0.008 */
  readonly keepConversionAbove: number;
  /** Otherwise candidate when sell-through (GMV / stock value) is strictly above this. @default 0.3 */
  readonly candidateSellThroughAbove: number;
}

/** The study's thresholds: keep above 0.8 % conversion, reconsider above 30 % sell-through. */
export const DEFAULT_RULE_THRESHOLDS: RuleThresholds = {
  keepConversionAbove: 0.008,
  candidateSellThroughAbove: 0.3,
};

/**
 * Why a decision was made, with the numbers, so the report can write "conversion 1.2 % > 0.8 %".
 * conversionAbove → keep; sellThroughAbove → candidate; bothAtOrBelow → clear; missingData → undecided
 * (conversion or sell-through has no value and the other test did not decide).
 */
export interface DecisionReason {
  readonly rule: "conversionAbove" | "sellThroughAbove" | "bothAtOrBelow" | "missingData";
  readonly conversion: KpiValue;
  readonly sellThrough: KpiValue;
  readonly thresholds: RuleThresholds;
}

export interface ProductDecision {
  readonly productKey: string;
  readonly decision: PromoDecision;
  readonly reason: DecisionReason;
}

/**
 * The rule on one conversion and sell-through pair: conversion > keep threshold → keep; otherwise
 * sell-through > candidate threshold → candidate; otherwise clear. A missing value that could still change
 * the outcome gives "undecided" rather than a guess (e.g. UV 0 and sell-through 10 %).
 *
 * @throws CoreError RULE_THRESHOLD_INVALID
 * @example
 * import { kpiOf } from "./kpi-value";
 * decide(kpiOf(0.012), kpiOf(0.1)) // { decision: "keep", reason: { rule: "conversionAbove", … } }
 * decide(kpiOf(0.005), kpiOf(0.1)).decision // "clear" (0.5 % ≤ 0.8 % and 10 % ≤ 30 %)
 */
export function decide(
  conversion: KpiValue,
  sellThrough: KpiValue,
  thresholds: RuleThresholds = DEFAULT_RULE_THRESHOLDS,
): { readonly decision: PromoDecision; readonly reason: DecisionReason } {
  validateThresholds(thresholds);
  const reason = (rule: DecisionReason["rule"]): DecisionReason => ({
    rule,
    conversion,
    sellThrough,
    thresholds,
  });
  if (conversion.kind === "value" && conversion.value > thresholds.keepConversionAbove) {
    return { decision: "keep", reason: reason("conversionAbove") };
  }
  if (sellThrough.kind === "value" && sellThrough.value > thresholds.candidateSellThroughAbove) {
    return { decision: "candidate", reason: reason("sellThroughAbove") };
  }
  if (conversion.kind === "value" && sellThrough.kind === "value")
    return { decision: "clear", reason: reason("bothAtOrBelow") };
  return { decision: "undecided", reason: reason("missingData") };
}

/**
 * Keep / candidate / clear per product, from each product's own conversion (its distinct buyers / its UV)
 * and sell-through (its GMV / its tag price × stock); see decide. Products are listed in join order. Over
 * one product the study's 转化率 (buyers summed over products / Σ UV) and the distinct-buyer conversion
 * are the same number, so the decision does not depend on which of the two the KPI table leads with.
 *
 * Cost: O(products).
 *
 * @throws CoreError RULE_THRESHOLD_INVALID
 */
export function decideProducts(
  products: readonly ProductSummary[],
  available: InputAvailability,
  thresholds: RuleThresholds = DEFAULT_RULE_THRESHOLDS,
): ProductDecision[] {
  validateThresholds(thresholds);
  return products.map((product) => {
    const pack = kpiPack([product], available);
    return { productKey: product.productKey, ...decide(pack.conversionStudy, pack.sellThrough, thresholds) };
  });
}

/** Throws RULE_THRESHOLD_INVALID unless both thresholds are finite and ≥ 0. */
export function validateThresholds(thresholds: RuleThresholds): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new CoreError(
        "RULE_THRESHOLD_INVALID",
        `The ${plainName(name)} threshold must be a finite number ≥ 0 (got ${String(value)})`,
      );
    }
  }
}
