import { assignSegments, segmentSweep } from "../../../src/segment";
import type { RunRecord } from "../../../src/report/types";

/*
 * Hand-built fixture: as-of is the day after the latest order (serial 45001), so recency = 45001 − last day.
 * - 4 "heavy" members H1..H4: 8 orders each of 20,000 on days 44993..45000 → 8 orders, 160,000;
 *   study levels: sales ≥ 150000 → 0, orders ≥ 7 → 0. Last order 45000 → recency 1 day (recent).
 * - 4 "light" members L1..L4: 1 order of 1,000 on day 44000 → 1 order, 1,000; sales < 5000 → 6, 1 order → 4.
 *   Recency 45001 − 44000 = 1001 days (not recent under the default 180-day split).
 * - 4 "middle" members M1..M4: 3 orders of 15,000 on days 44990..44992 → 3 orders, 45,000;
 *   sales [30000, 50000) → 3, 3 orders → 2. Recency 45001 − 44992 = 9 days (recent).
 * Three distinct feature rows, so k is swept 1..3 and k = 3 separates the groups exactly.
 * Averages over the 12 members: orders (8·4 + 1·4 + 3·4) / 12 = 4; amount (160000 + 1000 + 45000)·4 / 12 = 68,666.67.
 * Study types: heavy = recent, 8 > 4, 160000 > 68667 → importantValue; middle = recent, 3 < 4, 45000 < 68667 → new;
 * light = not recent, below both → churned.
 */
function fixture() {
  const memberIds: string[] = [];
  const orderIds: string[] = [];
  const orderDates: number[] = [];
  const amounts: number[] = [];
  const add = (member: string, day: number, amount: number) => {
    memberIds.push(member);
    orderIds.push(`${member}-${day}`);
    orderDates.push(day);
    amounts.push(amount);
  };
  for (let member = 1; member <= 4; member++) {
    for (let day = 44993; day <= 45000; day++) add(`H${member}`, day, 20000);
    add(`L${member}`, 44000, 1000);
    for (let day = 44990; day <= 44992; day++) add(`M${member}`, day, 15000);
  }
  return { memberIds, orderIds, orderDates, amounts };
}

const runRecord: RunRecord = {
  inputAddress: "Orders!A1:D49",
  rowCount: 48,
  parameters: {},
  engineVersion: "test",
  timestampIso: "2026-11-22T00:00:00Z",
};

describe("the Segment pipeline on a hand-built fixture", () => {
  const sweep = segmentSweep(fixture(), {}, "en");

  it("computes R/F/M with the default as-of (the day after the latest order)", () => {
    expect(sweep.members.asOfSerial).toBe(45001);
    const heavy = sweep.members.memberIds.indexOf("H1");
    expect([
      sweep.members.recencyDays[heavy],
      sweep.members.frequency[heavy],
      sweep.members.monetary[heavy],
    ]).toEqual([1, 8, 160000]);
  });

  it("sweeps k only up to the number of distinct feature rows (3) and has zero inertia at k = 3", () => {
    expect(sweep.sweep.runs.map((run) => run.k)).toEqual([1, 2, 3]);
    expect(sweep.sweep.kMaxClamped).toBe(true);
    expect(sweep.sweep.runs[2]?.inertia).toBe(0);
    // k = 1: centroid of levels (0,0)×4, (6,4)×4, (3,2)×4 is (3,2); SSE = 4·(9+4) + 4·(9+4) + 0 = 104.
    expect(sweep.sweep.runs[0]?.inertia).toBeCloseTo(104, 10);
  });

  it("at k = 3 numbers the clusters best spenders first and labels them with the study's types", () => {
    const assignment = assignSegments(sweep, 3, {}, "en", runRecord);
    expect(
      assignment.clusters.map(({ cluster, size, avgFrequency, avgMonetary, avgRecencyDays }) => ({
        cluster,
        size,
        avgFrequency,
        avgMonetary,
        avgRecencyDays,
      })),
    ).toEqual([
      { cluster: 1, size: 4, avgFrequency: 8, avgMonetary: 160000, avgRecencyDays: 1 },
      { cluster: 2, size: 4, avgFrequency: 3, avgMonetary: 45000, avgRecencyDays: 9 },
      { cluster: 3, size: 4, avgFrequency: 1, avgMonetary: 1000, avgRecencyDays: 1001 },
    ]);
    expect(assignment.groups.groups.map((group) => group.type)).toEqual(["importantValue", "new", "churned"]);
    expect(assignment.sheets.map((sheet) => sheet.baseName)).toEqual(["Segments", "Members", "Elbow"]);
  });

  it("refuses a k outside the sweep", () => {
    expect(() => assignSegments(sweep, 4, {}, "en", runRecord)).toThrow(
      expect.objectContaining({ code: "K_OUT_OF_SWEEP" }),
    );
  });
});
