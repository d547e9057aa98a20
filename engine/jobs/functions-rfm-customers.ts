import type { Locale } from "../../src/i18n/locale";
import { rfmTableSpill } from "../../src/report/rfm-table-spill";
import type { MemberIdCell } from "../../src/rfm/member-rfm";
import { rfmFromMemberDates } from "../../src/rfm/rfm-from-member-dates";
import { rfmFromMemberTable } from "../../src/rfm/rfm-from-member-table";

/** =RFM.CUSTOMERS's per-member rows after the function read its cells (blank = null, the row left out). */
export interface RfmCustomersRequest {
  readonly memberIds: readonly MemberIdCell[];
  readonly totals: readonly (number | null)[];
  readonly orderCounts: readonly (number | null)[];
  /** Each member's last order date (Excel serial) or, with lastOrderKind "days", recency days as given. */
  readonly lastOrders: readonly (number | null)[];
  readonly lastOrderKind: "date" | "days";
  readonly asOfSerial: number | undefined;
  readonly locale: Locale;
}

/**
 * The table =RFM.CUSTOMERS spills, =RFM.TABLE's columns from one row per member (R rfm's rfm_table_customer):
 * frequency = the order count, monetary = the total, recency = days from the last order date to the as-of day
 * (default the day after the latest last order) or the recency days as given. Core errors reject the job.
 *
 * @throws CoreError SPILL_TOO_LARGE, and the codes of rfmFromMemberDates / rfmFromMemberTable
 */
export function rfmCustomersJob(request: RfmCustomersRequest): unknown[][] {
  const asOf = request.asOfSerial === undefined ? {} : { asOfSerial: request.asOfSerial };
  const columns = { memberIds: request.memberIds, frequency: request.orderCounts, monetary: request.totals };
  const members =
    request.lastOrderKind === "days"
      ? rfmFromMemberTable({ ...columns, recencyDays: request.lastOrders }, asOf)
      : rfmFromMemberDates({ ...columns, lastOrderSerials: request.lastOrders }, asOf);
  return rfmTableSpill(members, request.locale);
}
