import type { Locale } from "../../src/i18n/locale";
import type { FeatureId } from "../features/registry";
import { sampleText, type SampleTextKey } from "../i18n/sample-messages";
import { memberBehaviour } from "./member-sample";
import { englishOrders } from "./order-samples";
import { promotionLines, promotionProducts, promotionTraffic } from "./promotion-samples";
import type { SampleSheet } from "./sample-sheet";

/** One sheet of a tab's sample: its generator and the catalogue key of its name. */
interface TabSampleSheet {
  readonly make: () => SampleSheet;
  readonly nameKey: Extract<SampleTextKey, `sheet.${string}`>;
}

export interface TabSample {
  /** The input first, then the tab's extra tables (Promotion: products, traffic). */
  readonly sheets: readonly TabSampleSheet[];
  /**
   * True when the sample is of another shape than the other tabs' input (the promotion study's lines): it becomes
   * the tab's own input and the shared one stays as it is.
   */
  readonly ownInput: boolean;
}

const orders: TabSampleSheet = { make: englishOrders, nameKey: "sheet.orders" };

/**
 * Which sample each tab offers: the order lines for Data check and Segment, the member orders (with times, coupons
 * and profile columns) for Members, and the promotion study's three exports for Promotion.
 */
export const TAB_SAMPLES: Readonly<Record<FeatureId, TabSample>> = {
  intake: { sheets: [orders], ownInput: false },
  segment: { sheets: [orders], ownInput: false },
  promotion: {
    sheets: [
      { make: promotionLines, nameKey: "sheet.promotionLines" },
      { make: promotionProducts, nameKey: "sheet.promotionProducts" },
      { make: promotionTraffic, nameKey: "sheet.promotionTraffic" },
    ],
    ownInput: true,
  },
  members: { sheets: [{ make: memberBehaviour, nameKey: "sheet.memberOrders" }], ownInput: false },
};

/** The tab's sample sheets, named in the pane's language. */
export function tabSampleSheets(tab: FeatureId, locale: Locale): SampleSheet[] {
  return TAB_SAMPLES[tab].sheets.map((sheet) => ({
    ...sheet.make(),
    name: sampleText(locale, sheet.nameKey),
  }));
}
