/**
 * R/F/M, Segment and the simple CLV on one row per member (issue 11). Fixture: test/fixtures/member-table (the
 * same 20 members under English, 繁體 and 简体 headers). Expected values are the file's own numbers, and recency
 * days worked out by hand from the dates (checked with Python's datetime): the latest last order is 2021-03-19
 * (M15), so the as-of date is 2021-03-20.
 */
import { simpleClvAnalysis } from "../../../src/analysis/clv-simple";
import { perMemberRfm } from "../../../src/analysis/member-table-rfm";
import { rfmAnalysis } from "../../../src/analysis/rfm";
import { segmentAnalysis } from "../../../src/analysis/segment";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

const ORDER_COUNTS = [1, 2, 3, 10, 1, 4, 7, 2, 5, 1, 8, 3, 6, 1, 9, 2, 4, 1, 3, 6];
const SALES = [
  1200, 5400, 8800, 152000, 600, 12500, 48000, 3900, 26000, 450, 98000, 7300, 31000, 800, 160500, 4100, 15200,
  990, 6600, 42000,
];
// 2021-03-20 minus each last_order: e.g. M01 2021-03-15 → 5, M05 2020-11-05 → 135, M14 2020-04-01 → 353.
const RECENCY_DAYS = [5, 19, 28, 2, 135, 69, 8, 181, 21, 278, 4, 109, 15, 353, 1, 64, 47, 231, 151, 10];

describe.each(["members-en.csv", "members-zh-TW.csv", "members-zh-CN.csv"])(
  "%s as one row per member",
  (file) => {
    const table = () => fixtureTable(`test/fixtures/member-table/${file}`);

    it("gives each member the file's orders and amount, and recency to the day after the latest last order", () => {
      const members = perMemberRfm(table(), undefined, "rfm");
      expect([...members.frequency]).toEqual(ORDER_COUNTS);
      expect([...members.monetary]).toEqual(SALES);
      expect([...members.recencyDays]).toEqual(RECENCY_DAYS);
    });

    it("RFM scores the members of the table (countBy orderCount)", () => {
      const { result } = rfmAnalysis(table(), {}, CONTEXT);
      expect(result.countBy).toBe("orderCount");
      expect([...result.members.frequency]).toEqual(ORDER_COUNTS);
      expect(result.members.memberIds).toHaveLength(20);
    });

    it("Segment's average orders per cluster are the means of the members' order counts", () => {
      const { result } = segmentAnalysis(table(), { k: 3 }, CONTEXT);
      const { clusters, result: kmeans } = result.assignment;
      expect(clusters).toHaveLength(3);
      for (const summary of clusters) {
        const counts = [...kmeans.labels].flatMap((label, member) =>
          label + 1 === summary.cluster ? [ORDER_COUNTS[member] as number] : [],
        );
        expect(counts).toHaveLength(summary.size);
        const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
        expect(summary.avgFrequency).toBeCloseTo(mean, 12);
      }
      expect(new Set(clusters.map((cluster) => cluster.avgFrequency)).size).toBeGreaterThan(1);
    });
  },
);

describe("per-member variants", () => {
  it("takes recency days as given (Recency column)", () => {
    const members = perMemberRfm(
      fixtureTable("test/fixtures/member-table/members-recency.csv"),
      undefined,
      "rfm",
    );
    expect([...members.recencyDays]).toEqual([3, 17, 40, 1, 130]);
    expect([...members.frequency]).toEqual([1, 2, 3, 10, 1]);
    expect(members.asOfSource).toBe("memberTable");
  });

  it("counts recency to a given as-of date", () => {
    // 2021-03-31 = 44286: M15 (2021-03-19) → 12 days.
    const members = perMemberRfm(fixtureTable("test/fixtures/member-table/members-en.csv"), 44286, "rfm");
    expect(members.recencyDays[14]).toBe(12);
  });

  it("names the missing order count in the role's words when the shape is forced", () => {
    const table = fixtureTable("test/fixtures/member-table/members-no-count.csv");
    expect(() => rfmAnalysis(table, { shape: "members" }, CONTEXT)).toThrow(
      expect.objectContaining({
        code: "MISSING_COLUMN",
        message: expect.stringContaining("A column for Order count is needed"),
        details: expect.objectContaining({ argument: "orderCount", input: "rfm" }),
      }),
    );
  });

  it("simple CLV: lifetime from first_order to last_order, spend = Order_Sales", () => {
    const { result } = simpleClvAnalysis(
      fixtureTable("test/fixtures/member-table/members-en.csv"),
      {},
      CONTEXT,
    );
    const m02 = result.clv.members[1];
    // M02: 2020-06-01 to 2021-03-01 = 29 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 1 = 273 days; 5400 / 273 per day.
    expect(m02?.lifetimeDays).toBe(273);
    expect(m02?.totalSpend).toBe(5400);
    expect(m02?.valuePerDay).toBeCloseTo(5400 / 273, 12);
    expect(result.clv.members).toHaveLength(20);
  });
});
