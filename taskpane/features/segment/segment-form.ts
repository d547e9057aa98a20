import type { SegmentScoring, SegmentSettings } from "../../../src/segment";

/** The Settings step's fields, as the user types them. */
export interface SegmentForm {
  readonly scoring: SegmentScoring;
  readonly customSales: string;
  readonly customOrders: string;
  readonly recencyDays: string;
  readonly kMax: string;
  readonly seed: string;
}

export const DEFAULT_SEGMENT_FORM: SegmentForm = {
  scoring: "study",
  customSales: "5000, 10000, 30000, 50000, 70000, 150000",
  customOrders: "2, 3, 4, 7",
  recencyDays: "180",
  kMax: "10",
  seed: "0",
};

function ascendingNumbers(text: string): number[] | null {
  const parts = text.split(/[,，;\s]+/).filter((part) => part !== "");
  const numbers = parts.map(Number);
  if (numbers.length === 0 || numbers.some((value) => !Number.isFinite(value))) return null;
  return numbers.every((value, index) => index === 0 || value > (numbers[index - 1] as number))
    ? numbers
    : null;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The settings the engine gets, or the name of the first field that is not valid. */
export function settingsFromForm(
  form: SegmentForm,
): { readonly settings: SegmentSettings } | { readonly invalid: keyof SegmentForm } {
  const recencyDays = wholeNumber(form.recencyDays, 0, 100000);
  if (recencyDays === null) return { invalid: "recencyDays" };
  const kMax = wholeNumber(form.kMax, 2, 20);
  if (kMax === null) return { invalid: "kMax" };
  const seed = wholeNumber(form.seed, 0, 2 ** 31 - 1);
  if (seed === null) return { invalid: "seed" };
  const base: SegmentSettings = {
    scoring: form.scoring,
    recencySplit: { kind: "maxRecencyDays", maxRecencyDays: recencyDays },
    kMax,
    seed,
  };
  if (form.scoring !== "custom") return { settings: base };
  const monetary = ascendingNumbers(form.customSales);
  if (monetary === null) return { invalid: "customSales" };
  const frequency = ascendingNumbers(form.customOrders);
  if (frequency === null) return { invalid: "customOrders" };
  return { settings: { ...base, customBreakpoints: { monetary, frequency } } };
}
