import type { Locale } from "../../src/i18n/locale";
import { rfmTableSpill } from "../../src/report/rfm-table-spill";
import type { MemberIdCell } from "../../src/rfm/member-rfm";
import { rfmFromOrders } from "../../src/rfm/rfm-from-orders";

/** =RFM.TABLE's order rows after the function read its cells (blank = null, left out by rfmFromOrders). */
export interface RfmTableRequest {
  readonly memberIds: readonly MemberIdCell[];
  readonly orderDates: readonly (number | null)[];
  readonly amounts: readonly (number | null)[];
  readonly asOfSerial: number | undefined;
  readonly frequencyBasis: "lines" | "distinctOrders";
  readonly locale: Locale;
}

/**
 * The table =RFM.TABLE spills: a header row, then per member (order of first appearance) recency days,
 * frequency, monetary, the three quintile scores and the segment label. Core errors reject the job.
 *
 * @throws CoreError SPILL_TOO_LARGE (over 100,000 cells) and rfmFromOrders'
 */
export function rfmTableJob(request: RfmTableRequest): unknown[][] {
  const members = rfmFromOrders(request, {
    asOfSerial: request.asOfSerial,
    frequencyBasis: request.frequencyBasis,
  });
  return rfmTableSpill(members, request.locale);
}
