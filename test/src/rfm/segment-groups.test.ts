import { CUSTOMER_TYPES } from "../../../src/rfm/customer-type";
import { studySegmentGroups } from "../../../src/rfm/segment-groups";
import { coreErrorCode } from "./test-helpers";

/*
 * Six members, two clusters, recency split given:
 *   member cluster recent recency orders amount
 *     0      0      yes     5      8     9000
 *     1      0      yes     9      6     7000
 *     2      0      no     80      7     8000
 *     3      1      yes    10      1      500
 *     4      1      no    200      1      300
 *     5      1      no    150      1      200
 * Overall means: orders 24/6 = 4, amount 25000/6 = 4166.67.
 * Groups: (0, recent)  2 members, orders 7,  amount 8000, recency 7   → ↑↑↑ importantValue
 *         (0, not)     1 member,  orders 7,  amount 8000, recency 80  → ↓↑↑ importantWinBack
 *         (1, recent)  1 member,  orders 1,  amount 500,  recency 10  → ↑↓↓ new
 *         (1, not)     2 members, orders 1,  amount 250,  recency 175 → ↓↓↓ churned
 */
const members = {
  recencyDays: Float64Array.of(5, 9, 80, 10, 200, 150),
  frequency: Float64Array.of(8, 6, 7, 1, 1, 1),
  monetary: Float64Array.of(9000, 7000, 8000, 500, 300, 200),
};

describe("studySegmentGroups — the study's cluster × recency table", () => {
  const result = studySegmentGroups(
    members,
    Int32Array.of(0, 0, 0, 1, 1, 1),
    Uint8Array.of(1, 1, 0, 1, 0, 0),
  );

  it("averages each group and labels it against the overall means", () => {
    expect(result.overallAverageFrequency).toBe(4);
    expect(result.overallAverageMonetary).toBeCloseTo(25000 / 6, 9);
    expect(
      result.groups.map((group) => [
        group.cluster,
        group.recent,
        group.memberCount,
        group.averageFrequency,
        group.averageMonetary,
        group.averageRecencyDays,
        group.type,
      ]),
    ).toEqual([
      [0, true, 2, 7, 8000, 7, "importantValue"],
      [0, false, 1, 7, 8000, 80, "importantWinBack"],
      [1, true, 1, 1, 500, 10, "new"],
      [1, false, 2, 1, 250, 175, "churned"],
    ]);
  });

  it("gives each member its group's type", () => {
    expect(Array.from(result.memberCodes, (code) => CUSTOMER_TYPES[code])).toEqual([
      "importantValue",
      "importantValue",
      "importantWinBack",
      "new",
      "churned",
      "churned",
    ]);
  });

  it("rejects a negative or fractional cluster label", () => {
    expect(coreErrorCode(() => studySegmentGroups(members, [0, 0, 0, 1, 1, -1], [1, 1, 1, 1, 1, 1]))).toBe(
      "CLUSTER_LABEL_INVALID",
    );
    expect(coreErrorCode(() => studySegmentGroups(members, [0, 0, 0, 1, 1, 0.5], [1, 1, 1, 1, 1, 1]))).toBe(
      "CLUSTER_LABEL_INVALID",
    );
  });
});
