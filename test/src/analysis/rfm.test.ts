import { rfmAnalysis } from "../../../src/analysis/rfm";
import { isCoreError } from "../../../src/errors";
import { RFM_SEGMENTS } from "../../../src/rfm/rfm-segment";
import { parseDateText } from "../../../src/table/parse-date";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT, ordersTable } from "./member-fixture";

/*
 * R rfm's sample (test/fixtures/rfm/rfm_data_orders.csv, one row per order), with the values the package
 * documents (shared/data/README.md, "R rfm package sample"): analysis date 2006-12-31, score edges recency 115,
 * 181, 297.4, 482; frequency 4, 5, 6, 8; monetary 255.8, 382, 506.4, 666; Abbey O'Reilly 205 / 6 / 472 → 3-4-3;
 * the 4-5 group: 158 customers, 1,234 orders, 120,178 revenue.
 */
const sample = () => fixtureTable("test/fixtures/rfm/rfm_data_orders.csv");
const asOfSerial = parseDateText("2006-12-31") as number;

describe("rfmAnalysis", () => {
  it("reproduces R rfm's documented edges, member and 4-5 group on its sample", () => {
    const { result } = rfmAnalysis(sample(), { asOfSerial, countBy: "rows" }, CONTEXT);
    const { members, scores } = result;
    expect([scores.recency.edges, scores.frequency.edges]).toEqual([
      [115, 181, 297.4, 482],
      [4, 5, 6, 8],
    ]);
    scores.monetary.edges.forEach((edge, index) =>
      expect(edge).toBeCloseTo([255.8, 382, 506.4, 666][index] as number, 9),
    );
    const abbey = members.memberIds.indexOf("Abbey O'Reilly");
    expect([
      members.recencyDays[abbey],
      members.frequency[abbey],
      members.monetary[abbey],
      scores.recency.scores[abbey],
      scores.frequency.scores[abbey],
      scores.monetary.scores[abbey],
    ]).toEqual([205, 6, 472, 3, 4, 3]);
    const top = members.memberIds
      .map((_, index) => index)
      .filter((index) =>
        [scores.recency, scores.frequency, scores.monetary].every((s) => (s.scores[index] as number) >= 4),
      );
    expect(top.length).toBe(158);
    expect(top.reduce((sum, index) => sum + (members.frequency[index] as number), 0)).toBe(1234);
    expect(top.reduce((sum, index) => sum + (members.monetary[index] as number), 0)).toBe(120178);
    expect(result).toMatchObject({ countBy: "rows", readRowCount: 4906 });
    expect(RFM_SEGMENTS[result.segmentCodes[abbey] as number]).toBe("potentialLoyalist");
  });

  it("counts distinct orders by default when there is an order column, else distinct days", () => {
    // member-fixture: A has orders O1 (two lines), O2, O3 on three days; E has O11 and O13 on one day.
    const withOrders = rfmAnalysis(ordersTable(), {}, CONTEXT).result;
    const a = withOrders.members.memberIds.indexOf("A");
    const e = withOrders.members.memberIds.indexOf("E");
    expect([withOrders.countBy, withOrders.members.frequency[a], withOrders.members.frequency[e]]).toEqual([
      "orders",
      3,
      3,
    ]);
    const byDays = rfmAnalysis(ordersTable(), { countBy: "days" }, CONTEXT).result;
    expect([byDays.members.frequency[a], byDays.members.frequency[e]]).toEqual([3, 2]);
    expect(rfmAnalysis(sample(), {}, CONTEXT).result.countBy).toBe("days");
  });

  it("names the order id role when counting orders without an order column", () => {
    let caught: unknown;
    try {
      rfmAnalysis(sample(), { countBy: "orders" }, CONTEXT);
    } catch (error) {
      caught = error;
    }
    expect(isCoreError(caught) && [caught.code, caught.details.argument]).toEqual([
      "MISSING_COLUMN",
      "orderId",
    ]);
  });

  it("builds the Segments and Members sheets, their run record stating the settings after defaults", () => {
    const run = rfmAnalysis(sample(), { asOfSerial }, CONTEXT);
    const sheets = run.sheets();
    expect(sheets.map((sheet) => sheet.baseName)).toEqual(["Segments", "Members"]);
    expect(sheets[0]?.runRecord.parameters).toMatchObject({
      member: "Member ID",
      analysis: "rfm",
      asOf: "2006-12-31",
      countBy: "days",
      bins: 5,
    });
    expect(sheets[0]?.runRecord.rowCount).toBe(4906);
  });
});
