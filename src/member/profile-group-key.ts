import type { ProfileGroupKey } from "./profile-types";

/**
 * A group's value as plain text, the same in every language (the --json `value`): the column's value, an age
 * band "18-24" (a band [18, 25) of whole years) or "55+", "<18" for the ages below the first band, and null
 * for Unknown. Sheets write Unknown and "Under 18" in the user's language instead (report/profile-labels.ts).
 *
 * Cost: O(1).
 *
 * @example profileGroupValue({ kind: "ageBand", fromYears: 18, toYears: 25 }) // "18-24"
 * @example profileGroupValue({ kind: "ageBand", fromYears: 55, toYears: null }) // "55+"
 * @example profileGroupValue({ kind: "belowBands", toYears: 18 }) // "<18"
 * @example profileGroupValue({ kind: "unknown" }) // null
 */
export function profileGroupValue(key: ProfileGroupKey): string | null {
  switch (key.kind) {
    case "value":
      return key.value;
    case "ageBand":
      return key.toYears === null ? `${key.fromYears}+` : `${key.fromYears}-${key.toYears - 1}`;
    case "belowBands":
      return `<${key.toYears}`;
    case "unknown":
      return null;
  }
}

/** A key's identity for maps: distinct keys give distinct strings. @example groupKeyId({ kind: "unknown" }) // "u" */
export function groupKeyId(key: ProfileGroupKey): string {
  switch (key.kind) {
    case "value":
      return `v${key.value}`;
    case "ageBand":
      return `a${key.fromYears}`;
    case "belowBands":
      return "b";
    case "unknown":
      return "u";
  }
}

/**
 * Where a key goes in age order: the ages below the bands first, the bands by their lower edge, Unknown
 * last; values (not age groups) all rank 0 and are ordered by their measures instead.
 *
 * @example ageOrder({ kind: "belowBands", toYears: 18 }) < ageOrder({ kind: "ageBand", fromYears: 18, toYears: 25 }) // true
 */
export function ageOrder(key: ProfileGroupKey): number {
  switch (key.kind) {
    case "belowBands":
      return -1;
    case "ageBand":
      return key.fromYears;
    case "unknown":
      return Infinity;
    case "value":
      return 0;
  }
}
