import type { Locale } from "../i18n/locale";
import { rfmMessages } from "../i18n/messages/rfm";
import { CUSTOMER_TYPES, type CustomerType } from "../rfm/customer-type";
import { RFM_SEGMENTS, type RfmSegment } from "../rfm/rfm-segment";

/** Which text of a label. */
export type LabelPart = "label" | "description" | "action";

/** Which label set per-member codes index into: the study's eight types or R rfm's ten segments (+ others). */
export type LabelScheme = "customerType" | "rfmSegment";

/** Per-member label codes (indexes into CUSTOMER_TYPES or RFM_SEGMENTS) and the scheme they belong to. */
export interface MemberLabels {
  readonly scheme: LabelScheme;
  readonly codes: ArrayLike<number>;
}

/**
 * Localised name, one-line description or suggested action of one of the study's customer types.
 *
 * @example customerTypeText("zh-TW", "importantWinBack", "label") // "重要喚回客戶"
 */
export function customerTypeText(locale: Locale, type: CustomerType, part: LabelPart): string {
  return rfmMessages(locale, `type.${type}.${part}`);
}

/**
 * Localised name, one-line description or suggested action of one of R rfm's segments.
 *
 * @example rfmSegmentText("en", "cantLoseThem", "label") // "Can't Lose Them"
 */
export function rfmSegmentText(locale: Locale, segment: RfmSegment, part: LabelPart): string {
  return rfmMessages(locale, `segment.${segment}.${part}`);
}

/** The texts of every code of a scheme, index = code (look-up table for per-member columns). */
export function labelTexts(locale: Locale, scheme: LabelScheme, part: LabelPart): readonly string[] {
  return scheme === "customerType"
    ? CUSTOMER_TYPES.map((type) => customerTypeText(locale, type, part))
    : RFM_SEGMENTS.map((segment) => rfmSegmentText(locale, segment, part));
}
