import { DEFAULT_RULE_THRESHOLDS } from "../../../src/promo/rules";
import type { PromotionSettings } from "../../../engine/jobs/promotion";
import type { PromotionTextKey } from "./messages";

/** The settings as typed (text, so a half-typed number is not lost); parsed once for the run. */
export interface SettingsForm {
  readonly yoyMode: "auto" | "years" | "none";
  readonly currentYear: string;
  readonly previousYear: string;
  readonly priceEdges: string;
  readonly discountFrom: string;
  readonly discountTo: string;
  readonly discountStep: string;
  /** Percent (0.8 = 0.8 %). */
  readonly keepConversionPercent: string;
  readonly candidateSellThroughPercent: string;
}

export type SettingsField = Exclude<keyof SettingsForm, "yoyMode">;

/** The study's settings: latest year vs the one before, price edges 0-200-400-100000, discount 0.15…1 by 0.05. */
export function defaultSettingsForm(today: Date): SettingsForm {
  const year = today.getUTCFullYear();
  return {
    yoyMode: "auto",
    currentYear: String(year - 1),
    previousYear: String(year - 2),
    priceEdges: "0, 200, 400, 100000",
    discountFrom: "0.15",
    discountTo: "1",
    discountStep: "0.05",
    keepConversionPercent: String(DEFAULT_RULE_THRESHOLDS.keepConversionAbove * 100),
    candidateSellThroughPercent: String(DEFAULT_RULE_THRESHOLDS.candidateSellThroughAbove * 100),
  };
}

export type ParsedSettings =
  | { readonly ok: true; readonly settings: PromotionSettings }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<SettingsField, PromotionTextKey>>> };

/**
 * The settings for the job, or what is wrong with each field (as a message key). Edges are separated by
 * commas (ASCII or full-width), "、" or spaces; their order and the band rules are checked by the core.
 *
 * @example parseSettings(defaultSettingsForm(new Date("2024-05-01"))).ok // true
 */
export function parseSettings(form: SettingsForm): ParsedSettings {
  const problems: Partial<Record<SettingsField, PromotionTextKey>> = {};
  const number = (field: SettingsField, problem: PromotionTextKey, accept: (value: number) => boolean) => {
    const text = form[field].trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || !accept(value)) problems[field] = problem;
    return value;
  };
  const currentYear = form.yoyMode === "years" ? number("currentYear", "yearInvalid", isSettingsYear) : 0;
  const previousYear = form.yoyMode === "years" ? number("previousYear", "yearInvalid", isSettingsYear) : 0;
  const priceEdges = priceEdgesOf(form.priceEdges);
  if (priceEdges === null) problems.priceEdges = "edgesInvalid";
  const anyNumber = () => true;
  const from = number("discountFrom", "numberInvalid", anyNumber);
  const to = number("discountTo", "numberInvalid", anyNumber);
  const step = number("discountStep", "numberInvalid", anyNumber);
  const atLeastZero = (value: number) => value >= 0;
  const keep = number("keepConversionPercent", "percentInvalid", atLeastZero);
  const candidate = number("candidateSellThroughPercent", "percentInvalid", atLeastZero);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      yoy: form.yoyMode === "years" ? { mode: "years", currentYear, previousYear } : { mode: form.yoyMode },
      priceEdges: priceEdges ?? [],
      discountBands: { from, to, step },
      // Percent → ratio; divided (not × 0.01) so 0.8 gives exactly 0.008, the core's default.
      thresholds: { keepConversionAbove: keep / 100, candidateSellThroughAbove: candidate / 100 },
    },
  };
}

/**
 * The price-band edges as typed (commas, ASCII or full-width, "、", semicolons or spaces between them), or null
 * when there are fewer than two numbers; their order is the core's to check.
 *
 * @example priceEdgesOf("0，200、400 100000") // [0, 200, 400, 100000]
 */
export function priceEdgesOf(text: string): number[] | null {
  const edges = text
    .split(/[\s,，、;；]+/)
    .filter((part) => part !== "")
    .map(Number);
  return edges.length < 2 || !edges.every(Number.isFinite) ? null : edges;
}

/** A year the settings accept: whole, 1901–9999 (the calendar the core's serial days cover). */
export function isSettingsYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1901 && value <= 9999;
}
