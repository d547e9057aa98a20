/**
 * R/F/M from a per-member table with last order dates. Expected recency days are date differences worked out by
 * hand (and checked with Python's datetime): as-of 2021-03-20 is the day after the latest last order 2021-03-19.
 */
import { isCoreError } from "../../../src/errors";
import { rfmFromMemberDates } from "../../../src/rfm/rfm-from-member-dates";

// 2021-03-19 = 44274, 2021-03-15 = 44270, 2020-11-05 = 44140 (Excel serials).
const table = {
  memberIds: ["M15", "M01", "M05"],
  lastOrderSerials: [44274, 44270, 44140],
  frequency: [9, 1, 1],
  monetary: [160500, 1200, 600],
};

describe("rfmFromMemberDates", () => {
  it("counts recency to the day after the latest last order, and keeps F and M as given", () => {
    const members = rfmFromMemberDates(table);
    expect(members.asOfSerial).toBe(44275);
    expect(members.asOfSource).toBe("dayAfterLatestOrder");
    // 2021-03-20 − 2021-03-19 = 1; − 2021-03-15 = 5; − 2020-11-05 = 26 (Nov) + 31 + 31 + 28 + 19 = 135.
    expect([...members.recencyDays]).toEqual([1, 5, 135]);
    expect([...members.frequency]).toEqual([9, 1, 1]);
    expect([...members.monetary]).toEqual([160500, 1200, 600]);
    expect([...(members.lastOrderSerial ?? [])]).toEqual([44274, 44270, 44140]);
  });

  it("counts to a given as-of date", () => {
    const members = rfmFromMemberDates(table, { asOfSerial: 44285 }); // 2021-03-30
    expect([...members.recencyDays]).toEqual([11, 15, 145]);
    expect(members.asOfSource).toBe("given");
  });

  it("skips a row whose last order is not a date, and counts it", () => {
    const members = rfmFromMemberDates({ ...table, lastOrderSerials: [44274, "x", 44140] });
    expect(members.memberIds).toEqual(["M15", "M05"]);
    expect(members.skippedRows.invalidMemberValue).toBe(1);
  });

  it("refuses an as-of date before the latest last order", () => {
    expect.assertions(2);
    try {
      rfmFromMemberDates(table, { asOfSerial: 44270 });
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("AS_OF_BEFORE_LAST_ORDER");
      expect((error as Error).message).toContain("before the latest order 2021-03-19");
    }
  });

  it("refuses a member on two rows", () => {
    expect(() => rfmFromMemberDates({ ...table, memberIds: ["M15", "M01", "M15"] })).toThrow(
      expect.objectContaining({ code: "DUPLICATE_MEMBER_ID" }),
    );
  });
});
