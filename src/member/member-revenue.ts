import { CoreError } from "../errors";
import { checkLengths, noMembersError, readIdKey, readNumber, type KeyCell } from "./cells";

export interface RevenueColumns {
  readonly memberIds: readonly KeyCell[];
  /** Amount per row (order or order line); empty reads as 0; returns may be negative. */
  readonly amounts: readonly (number | null)[];
}

export interface MemberRevenue {
  readonly memberId: string;
  /** Sum of the member's amounts (returns netted). */
  readonly revenue: number;
}

/**
 * Revenue per member: the sum of their rows' amounts, members in order of first appearance. Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, NO_MEMBERS, NEGATIVE_MEMBER_REVENUE (a
 *   member's returns exceed their purchases: the concentration measures need revenue ≥ 0 — filter such
 *   members out or net returns per period first)
 * @example memberRevenues({ memberIds: ["a", "b", "a"], amounts: [10, 5, 2.5] }).members // [{ memberId: "a", revenue: 12.5 }, { memberId: "b", revenue: 5 }]
 */
export function memberRevenues(columns: RevenueColumns): {
  readonly members: readonly MemberRevenue[];
  readonly skippedRows: number;
} {
  const fn = "memberRevenues";
  const { memberIds, amounts } = columns;
  checkLengths(fn, memberIds, { amounts });
  const totals = new Map<string, number>();
  const grossTotals = new Map<string, number>();
  let skippedRows = 0;
  for (let row = 0; row < memberIds.length; row++) {
    const memberId = readIdKey(memberIds[row], fn, "memberIds", row);
    if (memberId === null) {
      skippedRows++;
      continue;
    }
    const amount = readNumber(amounts[row], fn, "amounts", row);
    totals.set(memberId, (totals.get(memberId) ?? 0) + amount);
    grossTotals.set(memberId, (grossTotals.get(memberId) ?? 0) + Math.abs(amount));
  }
  if (totals.size === 0) throw noMembersError();
  const members: MemberRevenue[] = [];
  for (const [memberId, revenue] of totals) {
    // A full return nets to ±1e-15 in binary arithmetic: that is 0, not a negative member.
    if (revenue < -1e-9 * (grossTotals.get(memberId) as number)) {
      throw new CoreError(
        "NEGATIVE_MEMBER_REVENUE",
        `Member ${memberId} has negative revenue ${revenue} (returns exceed purchases)`,
      );
    }
    members.push({ memberId, revenue: Math.max(revenue, 0) });
  }
  return { members, skippedRows };
}
