import { rfmFromMemberTable } from "../../../src/rfm/rfm-from-member-table";
import { coreErrorCode } from "./test-helpers";

describe("rfmFromMemberTable", () => {
  it("takes R, F, M as given and skips blank ids and invalid values with counts", () => {
    const result = rfmFromMemberTable({
      memberIds: ["a", "b", "", "c", "d"],
      recencyDays: [3, 40, 1, -2, 7],
      frequency: [2, 1, 1, 1, null],
      monetary: [15, 7, 1, 1, 1],
    });
    expect(result.memberIds).toEqual(["a", "b"]);
    expect(Array.from(result.recencyDays)).toEqual([3, 40]);
    expect(Array.from(result.frequency)).toEqual([2, 1]);
    expect(Array.from(result.monetary)).toEqual([15, 7]);
    expect(result.skippedRows.blankMemberId).toBe(1);
    expect(result.skippedRows.invalidMemberValue).toBe(2);
    expect(result.asOfSerial).toBeNull();
    expect(result.asOfSource).toBe("memberTable");
    expect(result.lastOrderSerial).toBeNull();
  });

  it("keeps a given as-of date", () => {
    const result = rfmFromMemberTable(
      { memberIds: [1], recencyDays: [0], frequency: [1], monetary: [5] },
      { asOfSerial: 39082 },
    );
    expect(result.asOfSerial).toBe(39082);
    expect(result.asOfSource).toBe("given");
  });

  it.each<[string, string, () => unknown]>([
    [
      "no rows",
      "NO_MEMBER_ROWS",
      () => rfmFromMemberTable({ memberIds: [], recencyDays: [], frequency: [], monetary: [] }),
    ],
    [
      "only blank ids",
      "NO_USABLE_MEMBER_ROWS",
      () =>
        rfmFromMemberTable({
          memberIds: [null, " "],
          recencyDays: [1, 2],
          frequency: [1, 1],
          monetary: [1, 1],
        }),
    ],
    [
      'a member twice (123 and "123")',
      "DUPLICATE_MEMBER_ID",
      () =>
        rfmFromMemberTable({
          memberIds: [123, "123"],
          recencyDays: [1, 2],
          frequency: [1, 1],
          monetary: [1, 1],
        }),
    ],
    [
      "columns of different lengths",
      "COLUMN_LENGTH_MISMATCH",
      () => rfmFromMemberTable({ memberIds: ["a"], recencyDays: [1, 2], frequency: [1], monetary: [1] }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});
