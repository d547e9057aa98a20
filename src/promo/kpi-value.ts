/**
 * A KPI's value, or the reason it has none. Division by zero and missing inputs are results, not errors:
 * the KPI table shows them in words ("division by zero: UV is 0") instead of NaN or an empty cell.
 */
export type KpiValue =
  | { readonly kind: "value"; readonly value: number }
  | {
      readonly kind: "undefined";
      /** DIVISION_BY_ZERO: the denominator is 0. NOT_AVAILABLE: an input column or table was not given. */
      readonly code: UndefinedCode;
      /** What is zero or missing (a KPI key or an input name such as "tagValue"); the report localises it. */
      readonly subject: string;
      /** English reason, for logs and the command line. */
      readonly reason: string;
    };

export type UndefinedCode = "DIVISION_BY_ZERO" | "NOT_AVAILABLE" | "OPERAND_UNDEFINED";

/** A defined KPI value. */
export function kpiOf(value: number): KpiValue {
  return { kind: "value", value };
}

/** A KPI whose input was not given (`subject` names the missing column or table). */
export function notAvailable(subject: string): KpiValue {
  return { kind: "undefined", code: "NOT_AVAILABLE", subject, reason: `not available: no ${subject} input` };
}

/**
 * numerator / denominator as a KPI value; a zero denominator gives DIVISION_BY_ZERO naming `denominatorName`.
 *
 * @example divideKpi(3, 0, "UV") // { kind: "undefined", code: "DIVISION_BY_ZERO", subject: "UV", reason: "division by zero: UV is 0" }
 * @example divideKpi(3, 4, "UV") // { kind: "value", value: 0.75 }
 */
export function divideKpi(numerator: number, denominator: number, denominatorName: string): KpiValue {
  if (denominator === 0) {
    return {
      kind: "undefined",
      code: "DIVISION_BY_ZERO",
      subject: denominatorName,
      reason: `division by zero: ${denominatorName} is 0`,
    };
  }
  return kpiOf(numerator / denominator);
}

/** As {@link divideKpi} for operands that are themselves KPI values; an undefined operand passes through. */
export function divideKpiValues(
  numerator: KpiValue,
  denominator: KpiValue,
  denominatorName: string,
): KpiValue {
  if (numerator.kind === "undefined") return numerator;
  if (denominator.kind === "undefined") return denominator;
  return divideKpi(numerator.value, denominator.value, denominatorName);
}

/** The number inside a KPI value, or null when it has none (for CSV/JSON writers and charts). */
export function kpiNumberOrNull(kpi: KpiValue): number | null {
  return kpi.kind === "value" ? kpi.value : null;
}
