import { channelMix } from "../../../src/member/channel-mix";

/*
 * Lines: a/o1 app 30 + a/o1 web 10 (one order, first line app → app, revenue 40); b/o2 web 50; b/o3 app 20;
 * c/o4 blank channel 10. By hand: 4 orders, revenue 120.
 *   app:   orders 2 (0.5), revenue 60 (0.5), members a, b
 *   web:   orders 1 (0.25), revenue 50 (5/12), members b
 *   blank: orders 1 (0.25), revenue 10 (1/12), members c — listed last
 */
describe("channelMix", () => {
  const mix = channelMix({
    memberIds: ["a", "a", "b", "b", "c"],
    orderIds: ["o1", "o1", "o2", "o3", "o4"],
    channels: ["app", "web", "web", "app", null],
    amounts: [30, 10, 50, 20, 10],
  });

  it("attributes each order and its revenue to the channel of its first line", () => {
    expect([mix.orderCount, mix.revenue]).toEqual([4, 120]);
    expect(mix.channels.map((c) => [c.channel, c.orders, c.orderShare, c.revenue, c.members])).toEqual([
      ["app", 2, 0.5, 60, 2],
      ["web", 1, 0.25, 50, 1],
      [null, 1, 0.25, 10, 1],
    ]);
    expect(mix.channels[1]?.revenueShare).toBeCloseTo(5 / 12, 12);
    expect(mix.channels[2]?.revenueShare).toBeCloseTo(1 / 12, 12);
  });

  it("has no revenue share when there is no revenue", () => {
    const free = channelMix({ memberIds: ["a"], channels: ["app"], amounts: [0] });
    expect(free.channels[0]?.revenueShare).toBeNull();
  });

  it("rejects columns of different lengths", () => {
    expect(() => channelMix({ memberIds: ["a", "b"], channels: ["app"], amounts: [1, 2] })).toThrow(
      expect.objectContaining({ code: "COLUMN_LENGTH_MISMATCH" }),
    );
  });
});
