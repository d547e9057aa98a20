import type { ChurnFeature } from "../churn/churn-features";
import type { ChurnReason } from "../churn/churn-reasons";
import type { Locale } from "../i18n/locale";
import { churnText } from "../i18n/messages/churn";

/** Excel number formats of the Churn sheet. */
export const CHURN_FORMATS = {
  text: "@",
  general: "General",
  count: "#,##0",
  share: "0.0%",
  probability: "0.000",
  coefficient: "0.0000",
  money: "#,##0.00",
  days: "#,##0",
} as const;

/**
 * A feature's value as text in its own unit: days and purchase days whole (mean gaps to 0.1), variations to
 * 0.01, money to 0.01, the coupon share as a percentage.
 *
 * @example featureValueText("couponShare", 0.25) // "25.0%"
 */
export function featureValueText(feature: ChurnFeature, value: number): string {
  switch (feature) {
    case "recencyDays":
    case "tenureDays":
    case "purchaseDays":
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case "meanGapDays":
      return value.toFixed(1);
    case "couponShare":
      return `${(value * 100).toFixed(1)}%`;
    default:
      return value.toFixed(2);
  }
}

/**
 * A member's reasons as one cell: "recency (days since the last purchase) 245 (average 120.3); …".
 *
 * @example reasonsText("en", [{ feature: "recencyDays", value: 245, average: 120.25, contribution: 1.2 }]) // "recency (days since the last purchase) 245 (average 120.3)"
 */
export function reasonsText(locale: Locale, reasons: readonly ChurnReason[]): string {
  if (reasons.length === 0) return churnText(locale, "reason.none");
  const separator = locale === "en" ? "; " : "；";
  return reasons
    .map((reason) =>
      churnText(locale, "reason", {
        feature: churnText(locale, `feature.${reason.feature}`),
        value: featureValueText(reason.feature, reason.value),
        average: averageText(reason.feature, reason.average),
      }),
    )
    .join(separator);
}

/** An average shown beside a member's value: one decimal more for whole-number features. */
function averageText(feature: ChurnFeature, value: number): string {
  return feature === "recencyDays" || feature === "tenureDays" || feature === "purchaseDays"
    ? value.toFixed(1)
    : featureValueText(feature, value);
}
