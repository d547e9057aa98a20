import { CoreError } from "../errors";

export interface SimpleClvOrders {
  readonly memberIds: readonly (string | number)[];
  /** Excel serial dates; the time of day is ignored. */
  readonly orderDateSerials: readonly number[];
  readonly amounts: readonly number[];
  /** Registration date serial per order line (a member's earliest non-null value is used); null = unknown. */
  readonly registrationDateSerials?: readonly (number | null)[];
}

/** One member's span and spend, as accumulated from order lines. */
export interface MemberSpan {
  memberId: string | number;
  startDay: number;
  lastDay: number;
  spend: number;
}

/**
 * Per member: start day (earliest of the registration dates and the first order day; time of day dropped),
 * last order day and total spend, in first-seen order. Validates the columns for simpleClvFromOrders.
 *
 * Cost: O(n) for n order lines.
 *
 * @throws CoreError SIMPLE_CLV_NO_ORDERS, SIMPLE_CLV_COLUMNS_MISMATCH, SIMPLE_CLV_ORDER_INVALID
 * @example accumulateMemberSpans({ memberIds: ["A", "A"], orderDateSerials: [45000, 45010.5], amounts: [30, 20] }) // [{ memberId: "A", startDay: 45000, lastDay: 45010, spend: 50 }]
 */
export function accumulateMemberSpans(orders: SimpleClvOrders): MemberSpan[] {
  const { memberIds, orderDateSerials, amounts, registrationDateSerials } = orders;
  if (memberIds.length === 0) throw new CoreError("SIMPLE_CLV_NO_ORDERS", "At least one order is needed");
  const lengths = [
    orderDateSerials.length,
    amounts.length,
    registrationDateSerials?.length ?? memberIds.length,
  ];
  if (lengths.some((length) => length !== memberIds.length)) {
    throw new CoreError(
      "SIMPLE_CLV_COLUMNS_MISMATCH",
      `The columns differ in length (${[memberIds.length, ...lengths].join(", ")})`,
    );
  }
  const byMember = new Map<string | number, MemberSpan>();
  for (let row = 0; row < memberIds.length; row++) {
    const memberId = memberIds[row] as string | number;
    const day = Math.floor(orderDateSerials[row] as number);
    const amount = amounts[row] as number;
    const registration = registrationDateSerials?.[row] ?? null;
    const problem =
      memberId === "" || (typeof memberId === "number" && !Number.isFinite(memberId))
        ? "member id is missing"
        : !Number.isFinite(day)
          ? "order date is not a date"
          : !Number.isFinite(amount)
            ? "amount is not a number"
            : registration !== null && !Number.isFinite(registration)
              ? "registration date is not a date"
              : undefined;
    if (problem !== undefined)
      throw new CoreError("SIMPLE_CLV_ORDER_INVALID", `The ${problem} (row ${row + 1})`, { row });
    const startDay = registration === null ? day : Math.min(day, Math.floor(registration));
    const member = byMember.get(memberId);
    if (member === undefined) {
      byMember.set(memberId, { memberId, startDay, lastDay: day, spend: amount });
    } else {
      member.startDay = Math.min(member.startDay, startDay);
      member.lastDay = Math.max(member.lastDay, day);
      member.spend += amount;
    }
  }
  return [...byMember.values()];
}
