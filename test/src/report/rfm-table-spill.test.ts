import { isCoreError } from "../../../src/errors";
import { NO_SKIPPED_ROWS, type MemberRfm } from "../../../src/rfm/member-rfm";
import { rfmTableSpill } from "../../../src/report/rfm-table-spill";
import { MAX_SPILL_CELLS } from "../../../src/report/spill-limit";

/** Members with distinct R, F and M, so every quintile score is defined. */
function members(count: number): MemberRfm {
  const ids = Array.from({ length: count }, (_, index) => `m${index + 1}`);
  const series = Float64Array.from(ids, (_, index) => index + 1);
  return {
    memberIds: ids,
    recencyDays: series,
    frequency: series,
    monetary: series,
    lastOrderSerial: null,
    asOfSerial: 40000,
    asOfSource: "given",
    usedRowCount: count,
    skippedRows: NO_SKIPPED_ROWS,
  };
}

describe("rfmTableSpill", () => {
  it("heads the spill in the chosen language and gives one row of eight cells per member", () => {
    const rows = rfmTableSpill(members(10), "zh-TW");
    expect(rows).toHaveLength(11);
    expect(rows[0]?.slice(0, 2)).toEqual(["會員編號", "距最後購買天數"]);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(rows[1]?.slice(0, 4)).toEqual(["m1", 1, 1, 1]);
  });

  // 12,499 members + the header = 12,500 rows × 8 columns = 100,000 cells: the limit itself fits;
  // 12,500 members = 12,501 × 8 = 100,008 cells does not.
  it("fits exactly MAX_SPILL_CELLS cells and refuses one member more", () => {
    expect(MAX_SPILL_CELLS).toBe(100_000);
    expect(rfmTableSpill(members(12_499), "en")).toHaveLength(12_500);
    let thrown: unknown;
    try {
      rfmTableSpill(members(12_500), "en");
    } catch (error) {
      thrown = error;
    }
    expect(isCoreError(thrown) && thrown.code).toBe("SPILL_TOO_LARGE");
    expect(isCoreError(thrown) && thrown.details).toEqual({ value: 100_008, bound: 100_000 });
  });
});
