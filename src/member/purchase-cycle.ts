import { splitSerial } from "../dates/serial-day";
import { readDatedOrders, type DatedOrderColumns } from "./orders";

/** One member's purchase cycle. */
export interface MemberCycle {
  readonly memberId: string;
  /** Distinct calendar days with at least one order. */
  readonly purchaseDays: number;
  /** Serial (whole day) of the last purchase day. */
  readonly lastPurchaseDaySerial: number;
  /**
   * Days between the member's last two distinct purchase days; null when the member bought on one day only
   * (such a member has no cycle yet).
   */
  readonly cycleDays: number | null;
}

export interface MemberCycles {
  /** Members in order of first appearance. */
  readonly members: readonly MemberCycle[];
  /** Rows left out for a missing member id or order date. */
  readonly skippedRows: number;
}

/**
 * Purchase cycle per member: the number of days between the member's last two distinct purchase days
 * (calendar days of the order dates; the time of day is ignored, so two orders on one day are one purchase
 * day). This is the source template's "days between a member's last two orders", made robust to same-day
 * orders. Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES
 * @example memberPurchaseCycles({ memberIds: ["a", "a", "a", "b"], orderDates: [44197, 44201, 44201.5, 44197] }).members
 * // [{ memberId: "a", purchaseDays: 2, lastPurchaseDaySerial: 44201, cycleDays: 4 },
 * //  { memberId: "b", purchaseDays: 1, lastPurchaseDaySerial: 44197, cycleDays: null }]
 */
export function memberPurchaseCycles(columns: DatedOrderColumns): MemberCycles {
  const orders = readDatedOrders("memberPurchaseCycles", columns);
  const { memberOrderStart, memberOrders, orderDate } = orders;
  const members: MemberCycle[] = [];
  const days = new Float64Array(memberOrders.length);
  orders.memberIds.forEach((memberId, member) => {
    const start = memberOrderStart[member] as number;
    const end = memberOrderStart[member + 1] as number;
    for (let index = start; index < end; index++) {
      days[index] = splitSerial(orderDate[memberOrders[index] as number] as number).daySerial;
    }
    const memberDays = days.subarray(start, end).sort();
    let purchaseDays = 1;
    let previous = -Infinity;
    for (let index = 1; index < memberDays.length; index++) {
      if (memberDays[index] !== memberDays[index - 1]) {
        purchaseDays++;
        previous = memberDays[index - 1] as number;
      }
    }
    const last = memberDays[memberDays.length - 1] as number;
    members.push({
      memberId,
      purchaseDays,
      lastPurchaseDaySerial: last,
      cycleDays: purchaseDays >= 2 ? last - previous : null,
    });
  });
  return { members, skippedRows: orders.skippedRows };
}

/** Counts the distinct days seen (time of day rounded to the second, then dropped) and keeps the last two. */
export class LastTwoDays {
  private readonly days = new Set<number>();
  private last = -Infinity;
  private previous = -Infinity;

  add(serial: number): void {
    const day = splitSerial(serial).daySerial;
    if (this.days.has(day)) return;
    this.days.add(day);
    if (day > this.last) {
      this.previous = this.last;
      this.last = day;
    } else if (day > this.previous) {
      this.previous = day;
    }
  }

  result(): Omit<MemberCycle, "memberId"> {
    const purchaseDays = this.days.size;
    return {
      purchaseDays,
      lastPurchaseDaySerial: this.last,
      cycleDays: purchaseDays >= 2 ? this.last - this.previous : null,
    };
  }
}
