/**
 * Per-member tables through the command line (issue 11): the member study's SQL export shape in English, 繁體
 * and 简体 headers (test/fixtures/member-table, 20 members). Expected values: the file's own Order_count and
 * Order_Sales, and recency days worked out by hand from last_order (as-of 2021-03-20, the day after the latest
 * last order 2021-03-19; checked with Python's datetime).
 */
import type { RfmJson } from "../../cli/commands/rfm";
import type { SegmentJson } from "../../cli/commands/segment";
import { runInProcess } from "../support/cli";

const ORDER_COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  [1, 2, 3, 10, 1, 4, 7, 2, 5, 1, 8, 3, 6, 1, 9, 2, 4, 1, 3, 6].map((count, index) => [
    `M${String(index + 1).padStart(2, "0")}`,
    count,
  ]),
);
const fixture = (name: string) => `test/fixtures/member-table/${name}`;

describe.each(["members-en.csv", "members-zh-TW.csv", "members-zh-CN.csv"])("%s", (file) => {
  it("segment --json: each cluster's average orders is the mean Order_count of its members", async () => {
    const result = await runInProcess("segment", "--input", fixture(file), "--k", "3", "--json");
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<SegmentJson>();
    expect(json.members).toHaveLength(20);
    for (const cluster of json.clusters) {
      const counts = json.members
        .filter((member) => member.cluster === cluster.cluster)
        .map((member) => ORDER_COUNTS[String(member.memberId)] as number);
      expect(cluster.avgFrequency).toBeCloseTo(
        counts.reduce((sum, count) => sum + count, 0) / counts.length,
        10,
      );
    }
    // The silent wrong answer of issue 11 was "Average orders 1.00" for every cluster.
    expect(json.clusters.some((cluster) => cluster.avgFrequency > 1)).toBe(true);
  });

  it("rfm --json: R, F and M per member are the file's values and the hand-computed recency", async () => {
    const result = await runInProcess("rfm", "--input", fixture(file), "--json");
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<RfmJson>();
    expect([json.asOf, json.asOfSource, json.countBy]).toEqual([
      "2021-03-20",
      "dayAfterLatestOrder",
      "orderCount",
    ]);
    const byId = new Map(json.members.map((member) => [member.memberId, member]));
    // M04: 10 orders, 152000, last 2021-03-18 → 2 days. M14: 1 order, 800, last 2020-04-01 → 353 days.
    expect(byId.get("M04")).toMatchObject({ recencyDays: 2, frequency: 10, monetary: 152000 });
    expect(byId.get("M14")).toMatchObject({ recencyDays: 353, frequency: 1, monetary: 800 });
  });
});

describe("per-member flags and messages", () => {
  it("--shape orders reads the same file as order lines (one order per row)", async () => {
    const result = await runInProcess(
      "rfm",
      "--input",
      fixture("members-en.csv"),
      "--shape",
      "orders",
      "--date",
      "last_order",
      "--amount",
      "Order_Sales",
      "--json",
    );
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<RfmJson>();
    expect(new Set(json.members.map((member) => member.frequency))).toEqual(new Set([1]));
  });

  it("--recency and --orders name the columns of a table with other headers", async () => {
    const result = await runInProcess(
      "rfm",
      "--input",
      fixture("members-recency.csv"),
      "--orders",
      "Orders",
      "--recency",
      "Recency",
      "--json",
    );
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<RfmJson>();
    expect(json.members.map((member) => member.recencyDays)).toEqual([3, 17, 40, 1, 130]);
    expect(json.asOfSource).toBe("memberTable");
  });

  it("refuses a bad --shape", async () => {
    const result = await runInProcess("rfm", "--input", fixture("members-en.csv"), "--shape", "rows");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--shape must be auto, orders or members (got "rows")');
  });

  it.each([
    [
      "en",
      "The purchase cycle needs one row per order line (order dates per member); this table has one row per member.",
    ],
    ["zh-TW", "購買週期需要每筆訂單明細一列（每位會員的各筆訂單日期）；此表為每位會員一列。"],
    ["zh-CN", "购买周期需要每笔订单明细一行（每位会员的各笔订单日期）；此表为每位会员一行。"],
  ])("cycle on one row per member says why, in %s", async (locale, message) => {
    const result = await runInProcess("cycle", "--input", fixture("members-zh-CN.csv"), "--locale", locale);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("intake reports the shape: one row per member, or every member once without order counts", async () => {
    const perMember = await runInProcess("intake", "--input", fixture("members-en.csv"), "--json");
    expect(
      perMember.json<{ shape: string; issues: { rule: string; examples: { column: string }[] }[] }>(),
    ).toMatchObject({
      shape: "perMember",
      issues: [
        {
          rule: "perMemberTable",
          examples: expect.arrayContaining([expect.objectContaining({ column: "Order_count" })]),
        },
      ],
    });
    const noCount = await runInProcess("intake", "--input", fixture("members-no-count.csv"), "--json");
    expect(noCount.json<{ issues: { rule: string }[] }>().issues.map((issue) => issue.rule)).toEqual([
      "oneRowPerMember",
    ]);
  });
});
