import { checkLengths, readKey, readNumber, type KeyCell } from "./cells";
import { groupOrders, type MemberOrderColumns } from "./orders";

export interface ChannelColumns extends MemberOrderColumns {
  /** Sales channel per row (app, web, store, LINE…); an empty cell is its own "(blank)" channel. */
  readonly channels: readonly KeyCell[];
  /** Order-line amount per row; empty reads as 0. */
  readonly amounts: readonly (number | null)[];
}

export interface ChannelShare {
  /** The channel text; null for orders whose channel cell is empty. */
  readonly channel: string | null;
  readonly orders: number;
  /** orders / all orders. */
  readonly orderShare: number;
  readonly revenue: number;
  /** revenue / all revenue; null when the total revenue is not above 0. */
  readonly revenueShare: number | null;
  /** Distinct members with an order in the channel. */
  readonly members: number;
}

export interface ChannelMix {
  /** Channels sorted by orders, most first (ties by revenue, then name; blank last). */
  readonly channels: readonly ChannelShare[];
  readonly orderCount: number;
  readonly revenue: number;
  readonly skippedRows: number;
}

/**
 * Channel mix: orders, revenue and members per sales channel, with shares. An order belongs to the channel
 * of its first row, and all its rows' amounts count there, so order and revenue shares describe the same
 * orders. Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, NUMBER_INVALID, NO_MEMBERS
 * @example
 * channelMix({ memberIds: ["a", "b", "b"], channels: ["app", "web", "app"], amounts: [30, 50, 20] })
 *   .channels.map((c) => [c.channel, c.orders, c.revenueShare]) // [["app", 2, 0.5], ["web", 1, 0.5]]
 */
export function channelMix(columns: ChannelColumns): ChannelMix {
  const fn = "channelMix";
  const { memberIds, channels, amounts } = columns;
  checkLengths(fn, memberIds, { channels, amounts });
  const { orderMember, orderRowStart, orderRows, skippedRows } = groupOrders(fn, columns);
  const orderCount = orderMember.length;
  const byChannel = new Map<string | null, { orders: number; revenue: number; members: Set<number> }>();
  let totalRevenue = 0;
  for (let order = 0; order < orderCount; order++) {
    const start = orderRowStart[order] as number;
    const end = orderRowStart[order + 1] as number;
    const firstRow = orderRows[start] as number;
    const channel = readKey(channels[firstRow], fn, "channels", firstRow);
    let revenue = 0;
    for (let index = start; index < end; index++) {
      const row = orderRows[index] as number;
      revenue += readNumber(amounts[row], fn, "amounts", row);
    }
    totalRevenue += revenue;
    let entry = byChannel.get(channel);
    if (entry === undefined) byChannel.set(channel, (entry = { orders: 0, revenue: 0, members: new Set() }));
    entry.orders++;
    entry.revenue += revenue;
    entry.members.add(orderMember[order] as number);
  }
  const shares: ChannelShare[] = [...byChannel].map(([channel, entry]) => ({
    channel,
    orders: entry.orders,
    orderShare: entry.orders / orderCount,
    revenue: entry.revenue,
    revenueShare: totalRevenue > 0 ? entry.revenue / totalRevenue : null,
    members: entry.members.size,
  }));
  shares.sort(
    (x, y) =>
      Number(x.channel === null) - Number(y.channel === null) ||
      y.orders - x.orders ||
      y.revenue - x.revenue ||
      compareText(x.channel ?? "", y.channel ?? ""),
  );
  return { channels: shares, orderCount, revenue: totalRevenue, skippedRows };
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
