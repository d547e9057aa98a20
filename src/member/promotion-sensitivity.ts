import { groupOrders, type MemberOrderColumns } from "./orders";
import { promotedRows, type PromotionFlagColumns } from "./promotion-flags";
import { sensitivityFromCounts, type SensitivityTag } from "./sensitivity-tag";

export interface PromotionColumns extends MemberOrderColumns, PromotionFlagColumns {}

export interface MemberPromotion {
  readonly memberId: string;
  readonly orders: number;
  /** Orders with at least one promoted row (coupon or discount). */
  readonly promotedOrders: number;
  /** promotedOrders / orders. */
  readonly promotedShare: number;
  readonly tag: SensitivityTag;
}

export interface PromotionSensitivity {
  /** Members in order of first appearance. */
  readonly members: readonly MemberPromotion[];
  /** Tag cut-offs: the population's Q1 and Q3 of promotedShare (R type 7). */
  readonly q1Share: number;
  readonly q3Share: number;
  /** Members per tag. */
  readonly tagCounts: Readonly<Record<SensitivityTag, number>>;
  /** Orders with a promotion / all orders, over everyone. */
  readonly overallPromotedShare: number;
  readonly skippedRows: number;
}

/**
 * Promotion sensitivity per member: the share of the member's orders that used a coupon or a discount
 * (an order counts once, promoted when any of its rows is — see {@link promotedRows} for the two column
 * conventions), tagged low / mid / high against the population's quartiles by {@link sensitivityTag}.
 * Every member with an order is in the population, one-order members included. Cost: O(rows + m log m).
 *
 * @throws CoreError NO_PROMOTION_COLUMN, COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, DISCOUNT_OUT_OF_RANGE,
 *   NO_MEMBERS
 * @example promotionSensitivity({ memberIds: ["a", "a", "b"], couponAmounts: [10, 0, 0] }).members.map((m) => m.promotedShare)
 * // [0.5, 0]
 */
export function promotionSensitivity(columns: PromotionColumns): PromotionSensitivity {
  const fn = "promotionSensitivity";
  const flags = promotedRows(columns.memberIds.length, columns, fn);
  const orders = groupOrders(fn, columns);
  const { memberOrderStart, memberOrders, orderRowStart, orderRows, skippedRows } = orders;
  const memberIds = orders.memberIds;
  const orderCounts: number[] = [];
  const promotedCounts: number[] = [];
  memberIds.forEach((_, member) => {
    let promoted = 0;
    for (
      let index = memberOrderStart[member] as number;
      index < (memberOrderStart[member + 1] as number);
      index++
    ) {
      const order = memberOrders[index] as number;
      for (
        let rowIndex = orderRowStart[order] as number;
        rowIndex < (orderRowStart[order + 1] as number);
        rowIndex++
      ) {
        if (flags[orderRows[rowIndex] as number] === true) {
          promoted++;
          break;
        }
      }
    }
    orderCounts.push((memberOrderStart[member + 1] as number) - (memberOrderStart[member] as number));
    promotedCounts.push(promoted);
  });
  const tagging = sensitivityFromCounts(promotedCounts, orderCounts);
  const tagCounts = { low: 0, mid: 0, high: 0 };
  const members = memberIds.map((memberId, index) => {
    const tag = tagging.tags[index] as SensitivityTag;
    tagCounts[tag]++;
    return {
      memberId,
      orders: orderCounts[index] as number,
      promotedOrders: promotedCounts[index] as number,
      promotedShare: tagging.shares[index] as number,
      tag,
    };
  });
  const totalPromoted = promotedCounts.reduce((sum, count) => sum + count, 0);
  return {
    members,
    q1Share: tagging.q1Share,
    q3Share: tagging.q3Share,
    tagCounts,
    overallPromotedShare: totalPromoted / orders.orderMember.length,
    skippedRows,
  };
}
