import { CoreError } from "../errors";
import { plainName } from "../plain-name";

export interface ChurnSettings {
  /** Last day of the calibration period, inclusive (an Excel serial; a time of day is dropped). @default the last order date − horizonDays */
  readonly calibrationEndSerial?: number;
  /** Days after the calibration end in which a member who buys nothing counts as churned. @default 90 */
  readonly horizonDays?: number;
  /** Churn probability at or above which a member is flagged. @default 0.7 (the report template's figure) */
  readonly threshold?: number;
  /** Share of each label's members held out for the evaluation. @default 0.3 */
  readonly holdoutShare?: number;
  /** Seed of the holdout split. @default 0 */
  readonly seed?: number;
}

export const CHURN_DEFAULTS = {
  horizonDays: 90,
  threshold: 0.7,
  holdoutShare: 0.3,
  seed: 0,
} as const satisfies ChurnSettings;

/** The settings with the defaults merged once (the calibration end stays optional: it depends on the data). */
export type ResolvedChurnSettings = Required<Omit<ChurnSettings, "calibrationEndSerial">> &
  Pick<ChurnSettings, "calibrationEndSerial">;

/**
 * Merges the defaults and checks each setting.
 *
 * @throws CoreError CHURN_HORIZON_INVALID (not a whole number of days ≥ 1), CHURN_THRESHOLD_INVALID (not
 *   between 0 and 1, exclusive), CHURN_HOLDOUT_INVALID (not between 0 and 1, exclusive), SEED_INVALID (not a
 *   whole number ≥ 0), CALIBRATION_END_INVALID (not a finite serial); details.argument names the setting
 * @example resolveChurnSettings({ horizonDays: 180 }).threshold // 0.7
 */
export function resolveChurnSettings(settings: ChurnSettings): ResolvedChurnSettings {
  const resolved = { ...CHURN_DEFAULTS, ...settings };
  const { horizonDays, threshold, holdoutShare, seed, calibrationEndSerial } = resolved;
  if (!Number.isSafeInteger(horizonDays) || horizonDays < 1) {
    fail("CHURN_HORIZON_INVALID", "horizonDays", horizonDays, "a whole number of days, at least 1");
  }
  if (!(threshold > 0 && threshold < 1)) {
    fail("CHURN_THRESHOLD_INVALID", "threshold", threshold, "a probability between 0 and 1");
  }
  if (!(holdoutShare > 0 && holdoutShare < 1)) {
    fail("CHURN_HOLDOUT_INVALID", "holdoutShare", holdoutShare, "a share between 0 and 1");
  }
  if (!Number.isSafeInteger(seed) || seed < 0) fail("SEED_INVALID", "seed", seed, "a whole number ≥ 0");
  if (calibrationEndSerial !== undefined && !Number.isFinite(calibrationEndSerial)) {
    fail("CALIBRATION_END_INVALID", "calibrationEnd", calibrationEndSerial, "a date");
  }
  return resolved;
}

function fail(
  code:
    | "CHURN_HORIZON_INVALID"
    | "CHURN_THRESHOLD_INVALID"
    | "CHURN_HOLDOUT_INVALID"
    | "SEED_INVALID"
    | "CALIBRATION_END_INVALID",
  argument: string,
  value: number,
  what: string,
): never {
  throw new CoreError(code, `The ${plainName(argument)} must be ${what} (got ${value})`, {
    argument,
    value,
  });
}
