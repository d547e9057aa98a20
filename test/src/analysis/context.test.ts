import { analysisRunRecord, lazily } from "../../../src/analysis/context";
import { CONTEXT, ordersTable } from "./member-fixture";

describe("analysisRunRecord", () => {
  it("keeps the door's record, stamps the table's rows and adds the analysis and its settings", () => {
    // orders.csv has 14 data rows (the line without a member id included: the record counts rows read).
    expect(analysisRunRecord(ordersTable(), CONTEXT, "pareto", { topShare: 0.2 })).toEqual({
      ...CONTEXT.runRecord,
      rowCount: 14,
      parameters: { member: "Member ID", analysis: "pareto", topShare: 0.2 },
    });
  });
});

describe("lazily", () => {
  it("builds on the first call only", () => {
    let builds = 0;
    const sheets = lazily(() => {
      builds += 1;
      return [builds];
    });
    expect(builds).toBe(0);
    expect(sheets()).toBe(sheets());
    expect(builds).toBe(1);
  });
});
