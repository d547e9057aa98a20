import type { MembersTextKey } from "./messages";

/** Error codes with their own advice in messages.ts ("hint.<CODE>"); others get the general hint. */
const HINTED_CODES = [
  "NO_REPEAT_PURCHASES",
  "BGNBD_NO_REPEAT_PURCHASES",
  "TOO_FEW_CUSTOMERS",
  "TOO_FEW_REPEAT_CUSTOMERS",
  "GAMMAGAMMA_NO_SPEND_VARIATION",
  "SIMPLE_CLV_NO_LIFETIME",
  "DISCOUNT_OUT_OF_RANGE",
  "MISSING_COLUMN",
  "COLUMN_TYPE_MISMATCH",
] as const;

/** What to do about an analysis that failed, by the core's error code. */
export function failureHint(code: string): MembersTextKey {
  const known = HINTED_CODES.find((candidate) => candidate === code);
  return known === undefined ? "hint.default" : `hint.${known}`;
}
