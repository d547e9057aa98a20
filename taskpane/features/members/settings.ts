import type { DiscountConvention } from "../../../src/member/promotion-flags";
import type { ClvSettings, ClvTimeUnit, MemberAnalysis } from "../../../engine/jobs/members/types";
import type { MembersTextKey } from "./messages";

/** The settings as the user typed them (text fields stay text until a run, so a half-typed value is kept). */
export interface MemberSettingsDraft {
  readonly topSharePercent: string;
  readonly discountConvention: DiscountConvention;
  readonly clvModel: ClvSettings["model"];
  readonly horizonPeriods: string;
  readonly timeUnit: ClvTimeUnit;
  readonly annualRatePercent: string;
  /** "" = no CPA. */
  readonly acquisitionCost: string;
}

/** Defaults: top 20 %, the core's discount convention, BG/NBD over 12 months at 10 % a year, no CPA. */
export const DEFAULT_SETTINGS: MemberSettingsDraft = {
  topSharePercent: "20",
  discountConvention: "paidRatio",
  clvModel: "btyd",
  horizonPeriods: "12",
  timeUnit: "months",
  annualRatePercent: "10",
  acquisitionCost: "",
};

export interface ParsedSettings {
  readonly topShare: number;
  readonly discountConvention: DiscountConvention;
  readonly clv: ClvSettings;
}

/** Field → message key of what is wrong with it; empty when the draft is valid. */
export type SettingsProblems = Partial<Record<"topShare" | "horizon" | "rate" | "cpa", MembersTextKey>>;

/** A number typed by a user: trimmed, "," as the decimal mark accepted; null when it is not a finite number. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * Checks the fields the chosen analyses use (Pareto: the top share; CLV: the fields of its model) and converts
 * percentages to fractions; a field no chosen analysis uses keeps its default.
 *
 * @example parseSettings(DEFAULT_SETTINGS, new Set(["pareto"])).settings?.topShare // 0.2
 */
export function parseSettings(
  draft: MemberSettingsDraft,
  chosen: ReadonlySet<MemberAnalysis>,
): {
  readonly settings: ParsedSettings | null;
  readonly problems: SettingsProblems;
} {
  const problems: SettingsProblems = {};
  const topPercent = parseNumber(draft.topSharePercent);
  if (topPercent === null || topPercent <= 0 || topPercent > 100) problems.topShare = "topShareInvalid";
  const horizon = parseNumber(draft.horizonPeriods);
  if (horizon === null || !Number.isInteger(horizon) || horizon < 1) problems.horizon = "horizonInvalid";
  const ratePercent = parseNumber(draft.annualRatePercent);
  if (ratePercent === null || ratePercent < 0) problems.rate = "rateInvalid";
  const cpa = draft.acquisitionCost.trim() === "" ? undefined : parseNumber(draft.acquisitionCost);
  if (cpa === null || (cpa !== undefined && cpa <= 0)) problems.cpa = "cpaInvalid";
  if (!chosen.has("pareto")) delete problems.topShare;
  if (!chosen.has("clv") || draft.clvModel === "simple") {
    delete problems.horizon;
    delete problems.rate;
  }
  if (!chosen.has("clv") || draft.clvModel === "btyd") delete problems.cpa;
  if (Object.keys(problems).length > 0) return { settings: null, problems };
  return {
    settings: {
      topShare: (topPercent ?? 20) / 100,
      discountConvention: draft.discountConvention,
      clv: {
        model: draft.clvModel,
        horizonPeriods: horizon ?? 12,
        timeUnit: draft.timeUnit,
        annualDiscountRate: (ratePercent ?? 10) / 100,
        ...(draft.clvModel === "simple" && cpa != null ? { acquisitionCost: cpa } : {}),
      },
    },
    problems,
  };
}
