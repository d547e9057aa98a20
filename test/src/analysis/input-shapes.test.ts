/**
 * Which analyses take one row per member (issue 11, item 1): R/F/M, Segment, the simple CLV and Pareto do; the analyses
 * that need each member's orders refuse it with INPUT_SHAPE_NOT_ACCEPTED naming the shape. The fixture is
 * test/fixtures/member-table/members-en.csv (20 members, each once, with Order_count).
 */
import { bgnbdAnalysis } from "../../../src/analysis/clv-bgnbd";
import { channelAnalysis } from "../../../src/analysis/channel";
import { churnAnalysis } from "../../../src/analysis/churn";
import { cohortsAnalysis } from "../../../src/analysis/cohorts";
import { cycleAnalysis } from "../../../src/analysis/cycle";
import { ACCEPTED_SHAPES, requireAcceptedShape, tableShape } from "../../../src/analysis/input-shapes";
import { profileAnalysis } from "../../../src/analysis/profile";
import { sensitivityAnalysis } from "../../../src/analysis/sensitivity";
import { timingAnalysis } from "../../../src/analysis/timing";
import { isCoreError } from "../../../src/errors";
import { inputErrorText } from "../../../src/i18n/messages/input-errors";
import { fixtureTable } from "../../support/csv-table";
import { CONTEXT } from "./member-fixture";

const members = () => fixtureTable("test/fixtures/member-table/members-en.csv");

function errorOf(run: () => unknown): { code: string; details: Record<string, unknown>; message: string } {
  try {
    run();
  } catch (error) {
    if (isCoreError(error))
      return { code: error.code, details: { ...error.details }, message: error.message };
    throw error;
  }
  throw new Error("expected a CoreError");
}

const REFUSING: readonly [string, () => unknown][] = [
  ["cycle", () => cycleAnalysis(members(), CONTEXT)],
  ["timing", () => timingAnalysis(members(), CONTEXT)],
  ["cohorts", () => cohortsAnalysis(members(), CONTEXT)],
  ["channel", () => channelAnalysis(members(), CONTEXT)],
  ["sensitivity", () => sensitivityAnalysis(members(), {}, CONTEXT)],
  ["churn", () => churnAnalysis(members(), {}, CONTEXT)],
  ["profile", () => profileAnalysis(members(), { by: ["Order_Sales"] }, CONTEXT)],
  ["bgnbd", () => bgnbdAnalysis({ kind: "orders", table: members() }, {}, CONTEXT)],
];

describe("analyses that need order lines, on one row per member", () => {
  it.each(REFUSING)("%s refuses with INPUT_SHAPE_NOT_ACCEPTED naming the shape", (analysis, run) => {
    const error = errorOf(run);
    expect(error.code).toBe("INPUT_SHAPE_NOT_ACCEPTED");
    expect(error.details).toEqual({ argument: analysis, value: "perMember", column: "Order_count" });
    expect(error.message).toBe(
      'One row per order line is needed (order dates per member); this table has one row per member (order counts in "Order_count")',
    );
  });

  it("words the purchase cycle's refusal in three languages", () => {
    const error = errorOf(() => cycleAnalysis(members(), CONTEXT));
    expect(inputErrorText("en", error)).toBe(
      "The purchase cycle needs one row per order line (order dates per member); this table has one row per member.",
    );
    expect(inputErrorText("zh-TW", error)).toBe(
      "購買週期需要每筆訂單明細一列（每位會員的各筆訂單日期）；此表為每位會員一列。",
    );
    expect(inputErrorText("zh-CN", error)).toBe(
      "购买周期需要每笔订单明细一行（每位会员的各笔订单日期）；此表为每位会员一行。",
    );
  });
});

describe("ACCEPTED_SHAPES and the shape setting", () => {
  it("lets R/F/M, Segment, the simple CLV and Pareto take one row per member, and nothing else", () => {
    const perMember = Object.entries(ACCEPTED_SHAPES)
      .filter(([, shapes]) => shapes.includes("perMember"))
      .map(([analysis]) => analysis);
    // Pareto reads each member's total amount (test/parity/pareto-doors.test.ts has the numbers).
    expect(perMember.sort()).toEqual(["clv", "pareto", "rfm", "segment"]);
  });

  it("forces a shape when the user says so", () => {
    expect(tableShape(members(), "orders")).toBe("orderLines");
    expect(requireAcceptedShape(members(), "cycle", "orders")).toBe("orderLines");
    expect(tableShape(fixtureTable("test/fixtures/member-cli/orders.csv"), "members")).toBe("perMember");
  });
});
