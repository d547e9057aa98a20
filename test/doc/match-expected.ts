/**
 * Compares a value an example produced with its documented result (see parse-expected.ts), the way a reader
 * reads the comment: numbers at the precision they are written with, arrays and objects field by field.
 */
import { inspect } from "node:util";
import type { Expected } from "./expected";

/**
 * Null when `actual` is what `expected` documents, else where and how it differs ("at [1].revenue: expected
 * 5, got 5.5"). An integer matches exactly; a number written with d decimals matches a value that rounds to
 * it at d decimals, or with a trailing `…` one that truncates to it; `[…]` and `{…}` match a plain array and an object (a missing field and an undefined
 * one are the same); a trailing `…` allows more elements or fields.
 */
export function mismatch(actual: unknown, expected: Expected, path = ""): string | null {
  const differs = (what: string): string =>
    `${path === "" ? "" : `at ${path}: `}${what}, got ${show(actual)}`;
  switch (expected.kind) {
    case "number": {
      if (typeof actual !== "number") return differs(`expected the number ${expected.value}`);
      if (expected.decimals === null)
        return actual === expected.value ? null : differs(`expected ${expected.value}`);
      return numberMatches(actual, expected.value, expected.decimals, expected.truncated)
        ? null
        : differs(
            `expected ${expected.value.toFixed(expected.decimals)}${expected.truncated ? "…" : ""} (${expected.truncated ? "truncated" : "rounded"} to ${expected.decimals} decimals)`,
          );
    }
    case "string":
    case "constant":
      return actual === expected.value ? null : differs(`expected ${show(expected.value)}`);
    case "array":
      return arrayMismatch(actual, expected, path, differs);
    case "object":
      return objectMismatch(actual, expected, path, differs);
    case "throws":
      return differs(`expected a throw of CoreError ${expected.code}`);
  }
}

/**
 * Whether `actual` rounds (or, `truncated`, truncates towards zero) to `value` at `decimals` decimals. The
 * slack of 1e-9 units absorbs binary rounding of the literal itself (0.45 is 0.450000000000000011…).
 */
function numberMatches(actual: number, value: number, decimals: number, truncated: boolean): boolean {
  const unit = 10 ** -decimals;
  const slack = 1e-9 * unit;
  if (!truncated) return Math.abs(actual - value) <= 0.5 * unit + slack;
  const beyond = (value < 0 || (value === 0 && actual < 0) ? value - actual : actual - value) + slack;
  return beyond >= 0 && beyond < unit + 2 * slack;
}

function arrayMismatch(
  actual: unknown,
  expected: Extract<Expected, { kind: "array" }>,
  path: string,
  differs: (what: string) => string,
): string | null {
  const tag = Object.prototype.toString.call(actual).slice(8, -1);
  const kind = expected.typedArray ?? "Array";
  if (tag !== kind) return differs(`expected ${/^[AEIOU]/.test(kind) ? "an" : "a"} ${kind}`);
  const elements = Array.from(actual as ArrayLike<unknown>);
  const lengthOk = expected.more
    ? elements.length >= expected.items.length
    : elements.length === expected.items.length;
  if (!lengthOk) {
    return differs(`expected ${expected.more ? "at least " : ""}${expected.items.length} elements`);
  }
  for (const [index, item] of expected.items.entries()) {
    const problem = mismatch(elements[index], item, `${path}[${index}]`);
    if (problem !== null) return problem;
  }
  return null;
}

function objectMismatch(
  actual: unknown,
  expected: Extract<Expected, { kind: "object" }>,
  path: string,
  differs: (what: string) => string,
): string | null {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual) || ArrayBuffer.isView(actual)) {
    return differs("expected an object");
  }
  const record = actual as Record<string, unknown>;
  for (const [key, value] of expected.entries) {
    const problem = mismatch(record[key], value, path === "" ? key : `${path}.${key}`);
    if (problem !== null) return problem;
  }
  if (expected.more) return null;
  const documented = new Set(expected.entries.map(([key]) => key));
  const extra = Object.keys(record).filter((key) => !documented.has(key) && record[key] !== undefined);
  return extra.length === 0
    ? null
    : differs(`expected no other fields than those shown (extra: ${extra.join(", ")})`);
}

/** One line of text for a value, as a failure message shows it. */
export function show(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 200 });
}
