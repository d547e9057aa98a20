import { channelAnalysis } from "../../../src/analysis/channel";
import { isCoreError } from "../../../src/errors";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT, ONE_PURCHASE_DAY_CSV, ordersTable } from "./member-fixture";

describe("channelAnalysis", () => {
  it("puts the channel with most orders first", () => {
    // An order's channel is its first line's: app O1 O3 O6 O7 O10 O13 = 6 of 12 orders.
    const run = channelAnalysis(ordersTable(), CONTEXT);
    expect(run.result.facts).toEqual({ analysis: "channel", topChannel: "app", topOrderShare: 0.5 });
    expect(run.result.mix.channels.map((channel) => [channel.channel, channel.revenue])).toEqual([
      ["app", 550],
      ["web", 210],
      ["store", 30],
    ]);
  });

  it("requires a channel column", () => {
    expect(() => channelAnalysis(fixtureTable(ONE_PURCHASE_DAY_CSV), CONTEXT)).toThrow(
      expect.objectContaining({ code: "MISSING_COLUMN" }),
    );
    try {
      channelAnalysis(fixtureTable(ONE_PURCHASE_DAY_CSV), CONTEXT);
    } catch (error) {
      expect(isCoreError(error) && error.message).toMatch(/^A column for Channel is needed/);
    }
  });
});
