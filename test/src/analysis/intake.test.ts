import { intakeAnalysis } from "../../../src/analysis/intake";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

/*
 * test/fixtures/intake/quality-blank-key.csv, worked out by hand (file lines; the header is line 1):
 *
 *   line  Member  Order ID  Product ID  Sales
 *   2     M1      O1        P1          10      every role filled
 *   3     (blank) O2        P1          20      no member id   -> blankKey
 *   4     M3      (blank)   (blank)     30      no order, no product -> blankKey (one row counted once)
 *   5     M4      O4        P2          40      every role filled
 *
 * Four rows; two (lines 2 and 5) hold a value in every column with a role; two rows have a blank key.
 */
const table = () => fixtureTable("test/fixtures/intake/quality-blank-key.csv");

describe("intakeAnalysis", () => {
  it("counts the rows, the clean rows, and lists the columns with their roles and types", () => {
    const { result } = intakeAnalysis(table(), CONTEXT);
    expect(result.rowCount).toBe(4);
    expect(result.cleanRowCount).toBe(2);
    expect(result.columns).toEqual([
      { name: "Member", role: "memberId", type: "text" },
      { name: "Order ID", role: "orderId", type: "text" },
      { name: "Product ID", role: "productId", type: "text" },
      { name: "Sales", role: "amount", type: "number" },
    ]);
  });

  it("reports the blank keys found while reading, with the rows that show them", () => {
    const { issues } = intakeAnalysis(table(), CONTEXT).result;
    expect(issues.map(({ rule, count }) => ({ rule, count }))).toEqual([{ rule: "blankKey", count: 2 }]);
    expect(issues[0]?.examples.map((example) => example.row)).toEqual([3, 4, 4]);
  });

  it("builds the Intake sheet once, with the door's record and the analysis named", () => {
    const run = intakeAnalysis(table(), CONTEXT);
    const [sheet] = run.sheets();
    expect(run.sheets()[0]).toBe(sheet);
    expect(sheet?.baseName).toBe("Intake");
    expect(sheet?.tables[0]?.notes).toContain("Rows with a value in every recognised column: 2 of 4.");
    expect(sheet?.runRecord).toMatchObject({ inputAddress: "orders.csv", rowCount: 4 });
    expect(sheet?.runRecord.parameters).toEqual({ member: "Member ID", analysis: "intake" });
  });
});
