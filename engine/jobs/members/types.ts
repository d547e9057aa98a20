import type { ChannelFacts } from "../../../src/analysis/channel";
import type { BtydClvFacts } from "../../../src/analysis/clv-btyd";
import type { SimpleClvFacts } from "../../../src/analysis/clv-simple";
import type { CohortsFacts } from "../../../src/analysis/cohorts";
import type { CycleFacts } from "../../../src/analysis/cycle";
import type { ParetoFacts } from "../../../src/analysis/pareto";
import type { SensitivityFacts } from "../../../src/analysis/sensitivity";
import type { TimingFacts } from "../../../src/analysis/timing";
import type { TimeUnit } from "../../../src/clv/time-unit";
import type { Locale } from "../../../src/i18n/locale";
import type { DiscountConvention } from "../../../src/member/promotion-flags";
import type { ResultSheet, RunRecord } from "../../../src/report/types";
import type { SerializedError } from "../../protocol";
import type { TableRequest } from "../table-request";

/** The member analyses the Members tab offers, in the order they run and are written. */
export const MEMBER_ANALYSES = [
  "cycle",
  "sensitivity",
  "timing",
  "channel",
  "cohorts",
  "pareto",
  "clv",
] as const;
export type MemberAnalysis = (typeof MEMBER_ANALYSES)[number];

/** The time units a user may choose for the CLV horizon (the core also knows "years"). */
export type ClvTimeUnit = Extract<TimeUnit, "days" | "weeks" | "months">;

export interface ClvSettings {
  /** "simple": lifetime days × value per day; "btyd": BG/NBD + Gamma-Gamma, discounted over the horizon. */
  readonly model: "simple" | "btyd";
  /** Whole periods of `timeUnit` (BTYD only). */
  readonly horizonPeriods: number;
  /** Unit of the BTYD summary, the model's α and the horizon. */
  readonly timeUnit: ClvTimeUnit;
  /** Compound discount rate per year, 0.1 = 10 %; converted to the period of `timeUnit`. */
  readonly annualDiscountRate: number;
  /** Cost of acquiring a member (simple form only); the average CLV is compared with it. */
  readonly acquisitionCost?: number;
}

export interface MembersRequest extends TableRequest {
  readonly locale: Locale;
  readonly runRecord: RunRecord;
  /** Which analyses to run; each one succeeds or fails on its own. */
  readonly analyses: readonly MemberAnalysis[];
  /** The "top x %" of the Pareto check as a fraction, 0 < x ≤ 1. */
  readonly topShare: number;
  /** What the discount column holds (see src/member/promotion-flags.ts). */
  readonly discountConvention: DiscountConvention;
  readonly clv: ClvSettings;
}

/** Plain numbers behind the pane's summary in words, one shape per analysis (each from its core use case). */
export type MemberFacts =
  | CycleFacts
  | SensitivityFacts
  | TimingFacts
  | ChannelFacts
  | CohortsFacts
  | ParetoFacts
  | SimpleClvFacts
  | PaneBtydClvFacts;

/** The BTYD use case's facts, in one of the units the pane offers. */
export type PaneBtydClvFacts = Omit<BtydClvFacts, "timeUnit"> & { readonly timeUnit: ClvTimeUnit };

/** One analysis's outcome: a sheet to write with its facts, or the core's error for that analysis alone. */
export type MemberOutcome =
  | {
      readonly analysis: MemberAnalysis;
      readonly ok: true;
      readonly sheet: ResultSheet;
      readonly facts: MemberFacts;
    }
  | { readonly analysis: MemberAnalysis; readonly ok: false; readonly error: SerializedError };

export interface MembersResult {
  readonly rowCount: number;
  readonly outcomes: readonly MemberOutcome[];
}
