import type { NumberCell } from "../promo/cells";
import { dateFromSerial } from "./serial-date";

/** Which years a promotion run compares: the latest year in the data vs the one before, two chosen years, or none. */
export type YoySetting =
  | { readonly mode: "auto" }
  | { readonly mode: "none" }
  | { readonly mode: "years"; readonly currentYear: number; readonly previousYear: number };

/** Why there is no year-over-year comparison: switched off, no dated lines, or no line in the year before. */
export type YoySkipReason = "switchedOff" | "noDates" | "noPreviousYear";

export type ResolvedYears =
  | { readonly kind: "compare"; readonly currentYear: number; readonly previousYear: number }
  | { readonly kind: "skip"; readonly reason: YoySkipReason };

/**
 * The two calendar years to compare. "auto" takes the latest year with a dated line and the year before it,
 * and skips the comparison (with the reason) when the lines have no dates or nothing in that year before;
 * "years" passes the user's years through (the core reports an empty period as an error).
 *
 * Cost: O(lines).
 *
 * @example resolveYears([44927, 44562.5], { mode: "auto" }) // { kind: "compare", currentYear: 2023, previousYear: 2022 }
 */
export function resolveYears(dates: readonly NumberCell[] | undefined, setting: YoySetting): ResolvedYears {
  if (setting.mode === "none") return { kind: "skip", reason: "switchedOff" };
  if (setting.mode === "years") {
    return { kind: "compare", currentYear: setting.currentYear, previousYear: setting.previousYear };
  }
  const years = yearsOf(dates ?? []);
  if (years.size === 0) return { kind: "skip", reason: "noDates" };
  const latest = Math.max(...years);
  if (!years.has(latest - 1)) return { kind: "skip", reason: "noPreviousYear" };
  return { kind: "compare", currentYear: latest, previousYear: latest - 1 };
}

/** The calendar years of the dated cells (blank cells and serials outside Excel's calendar are left out). */
function yearsOf(dates: readonly NumberCell[]): Set<number> {
  const years = new Set<number>();
  for (const serial of dates) {
    // 61 = 1900-03-01 and 2958465 = 9999-12-31: dateFromSerial's supported range.
    if (serial === null || !Number.isFinite(serial) || serial < 61 || serial >= 2958466) continue;
    years.add(dateFromSerial(serial).year);
  }
  return years;
}
