import type { Locale } from "../i18n/locale";
import { memberText, type MemberMessageKey } from "../i18n/messages/member";
import type { ReportColumn } from "./types";

/** Excel number formats used by the member sheets. */
export const MEMBER_FORMATS = {
  text: "@",
  general: "General",
  count: "#,##0",
  share: "0.0%",
  days: "#,##0.0",
  wholeDays: "#,##0",
  money: "#,##0.00",
  ratio: "0.00",
  month: "yyyy-mm",
  date: "yyyy-mm-dd",
} as const;

/** The member catalogue bound to one locale: `t("cycleSheet")`. */
export function memberTranslator(
  locale: Locale,
): (key: MemberMessageKey, values?: Readonly<Record<string, string | number>>) => string {
  return (key, values) => memberText(locale, key, values);
}

/** A column whose header comes from the member catalogue. */
export function memberColumn(
  locale: Locale,
  key: string,
  headerKey: MemberMessageKey,
  numberFormat: string,
  values?: Readonly<Record<string, string | number>>,
): ReportColumn {
  return { key, header: memberText(locale, headerKey, values), numberFormat };
}

/**
 * A share as a short percentage for notes and rule labels: at most one decimal, no trailing ".0"
 * (0.2 → "20%", 0.125 → "12.5%"). Sheets themselves hold the number with a "0.0%" format.
 */
export function percentText(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/**
 * The "rows left out" note, or nothing when no row was left out. `reason` says what the analysis needed:
 * a member id only, or a member id and an order date.
 */
export function skippedNotes(
  locale: Locale,
  skippedRows: number,
  reason: "member" | "memberOrDate" = "memberOrDate",
): string[] {
  if (skippedRows === 0) return [];
  return [
    memberText(locale, reason === "member" ? "skippedNoMember" : "skippedRows", { count: skippedRows }),
  ];
}
