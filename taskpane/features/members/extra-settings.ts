import { civilDateOfDaySerial, serialFromCivilDate } from "../../../src/dates/civil-date";
import type { ChurnSettings } from "../../../src/analysis/churn";
import type { ProfileChurnKey } from "./profile-churn-messages";

/** The Profile and Churn risk settings as typed (text stays text until a run). */
export interface ExtraSettingsDraft {
  /** Columns to break members down by, one sheet each. */
  readonly profileBy: readonly string[];
  /** The cross-tab pair ("" = not chosen). */
  readonly crossRows: string;
  readonly crossColumns: string;
  /** Lower edges of the age bands, e.g. "18, 25, 35, 45, 55". */
  readonly ageBands: string;
  /** yyyy-mm-dd or "" (the day after the latest order). */
  readonly asOf: string;
  readonly horizonDays: string;
  /** yyyy-mm-dd or "" (the last order date minus the horizon). */
  readonly calibrationEnd: string;
  readonly holdoutPercent: string;
  readonly seed: string;
  readonly threshold: string;
}

/** Defaults: the core's (age bands 18-24 … 55+, horizon 90 days, 30 % held out, seed 0, threshold 0.7). */
export const DEFAULT_EXTRA_SETTINGS: ExtraSettingsDraft = {
  profileBy: [],
  crossRows: "",
  crossColumns: "",
  ageBands: "18, 25, 35, 45, 55",
  asOf: "",
  horizonDays: "90",
  calibrationEnd: "",
  holdoutPercent: "30",
  seed: "0",
  threshold: "0.7",
};

/** One profile engine run: one column, or the cross-tab pair (both breakdowns and the cross-tab). */
export interface ProfileRunSettings {
  readonly by: readonly string[];
  readonly ageBands: readonly number[];
  readonly asOfSerial?: number;
}

export type ExtraField =
  | "profileBy"
  | "cross"
  | "ageBands"
  | "asOf"
  | "horizonDays"
  | "calibrationEnd"
  | "holdout"
  | "seed"
  | "threshold";

/** Field → message key of what is wrong with it. */
export type ExtraProblems = Partial<Record<ExtraField, ProfileChurnKey>>;

export interface ParsedExtraSettings {
  /** The profile's engine runs, breakdown columns first, then the cross-tab pair; empty without profile. */
  readonly profileRuns: readonly ProfileRunSettings[];
  readonly churn: ChurnSettings;
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * A typed yyyy-mm-dd date as an Excel serial; undefined when empty, null when not a real date.
 *
 * @example dateSerial("2024-09-30") // 45565
 * @example dateSerial("2024-02-30") // null
 * @example dateSerial(" ") // undefined
 */
export function dateSerial(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const serial = serialFromCivilDate(year, month, day);
  // An impossible date (2024-02-30) rolls over to another day; it is not the date typed.
  const back = civilDateOfDaySerial(serial);
  return back.year === year && back.month === month && back.day === day ? serial : null;
}

/**
 * Age band lower edges typed as "18, 25, 35" (commas, spaces or 、 between): whole years 0-150, ascending;
 * null when any is not.
 *
 * @example ageBandEdges("18, 25 35、45") // [18, 25, 35, 45]
 * @example ageBandEdges("25, 18") // null
 */
export function ageBandEdges(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter((part) => part !== "");
  const edges = parts.map(Number);
  if (edges.length === 0) return null;
  const valid = edges.every(
    (edge, index) =>
      Number.isInteger(edge) && edge >= 0 && edge <= 150 && (index === 0 || edge > (edges[index - 1] ?? 0)),
  );
  return valid ? edges : null;
}

/**
 * Checks the fields of the chosen extra analyses and turns them into engine settings.
 *
 * @example parseExtraSettings({ ...DEFAULT_EXTRA_SETTINGS, profileBy: ["Region"] }, { profile: true, churn: false }).settings?.profileRuns
 * // [{ by: ["Region"], ageBands: [18, 25, 35, 45, 55] }]
 */
export function parseExtraSettings(
  draft: ExtraSettingsDraft,
  chosen: { readonly profile: boolean; readonly churn: boolean },
): { readonly settings: ParsedExtraSettings | null; readonly problems: ExtraProblems } {
  const problems: ExtraProblems = {};
  const profileRuns: ProfileRunSettings[] = [];
  if (chosen.profile) {
    const pair = [draft.crossRows, draft.crossColumns].filter((name) => name !== "");
    const pairValid = pair.length === 0 || (pair.length === 2 && pair[0] !== pair[1]);
    if (!pairValid) problems.cross = "crossIncomplete";
    if (draft.profileBy.length === 0 && pair.length === 0) problems.profileBy = "byNone";
    const edges = ageBandEdges(draft.ageBands);
    if (edges === null) problems.ageBands = "ageBandsInvalid";
    const asOf = dateSerial(draft.asOf);
    if (asOf === null) problems.asOf = "dateInvalid";
    if (edges !== null && asOf !== null) {
      const common = { ageBands: edges, ...(asOf === undefined ? {} : { asOfSerial: asOf }) };
      for (const name of draft.profileBy) profileRuns.push({ by: [name], ...common });
      if (pair.length === 2 && pairValid) profileRuns.push({ by: pair, ...common });
    }
  }
  let churn: ChurnSettings = {};
  if (chosen.churn) {
    const horizon = parseNumber(draft.horizonDays);
    if (horizon === null || !Number.isInteger(horizon) || horizon < 1)
      problems.horizonDays = "horizonDaysInvalid";
    const calibration = dateSerial(draft.calibrationEnd);
    if (calibration === null) problems.calibrationEnd = "dateInvalid";
    const holdout = parseNumber(draft.holdoutPercent);
    if (holdout === null || holdout <= 0 || holdout >= 100) problems.holdout = "holdoutInvalid";
    const seed = parseNumber(draft.seed);
    if (seed === null || !Number.isSafeInteger(seed) || seed < 0) problems.seed = "seedInvalid";
    const threshold = parseNumber(draft.threshold);
    if (threshold === null || threshold <= 0 || threshold >= 1) problems.threshold = "thresholdInvalid";
    churn = {
      horizonDays: horizon ?? 90,
      holdoutShare: (holdout ?? 30) / 100,
      seed: seed ?? 0,
      threshold: threshold ?? 0.7,
      ...(calibration == null ? {} : { calibrationEndSerial: calibration }),
    };
  }
  if (Object.keys(problems).length > 0) return { settings: null, problems };
  return { settings: { profileRuns, churn }, problems };
}
