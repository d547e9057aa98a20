import type { MemberHistory } from "./member-history";

/**
 * The label of each member: 1 (churned) when the member has no line on a day in (calibrationEndDay,
 * calibrationEndDay + horizonDays], else 0 (stayed). The label comes from the data: the horizon must lie
 * inside it (churnRisk checks that). Cost: O(lines of the members).
 *
 * @param members member indices (MemberFeatureMatrix.members)
 * @example
 * import { memberHistory } from "./member-history";
 * const history = memberHistory({ memberIds: ["a", "b", "a"], dateSerials: [10, 15, 25], amounts: [1, 1, 1] });
 * churnLabels(history, Int32Array.of(0, 1), 20, 30) // Uint8Array [0, 1] (a bought again on day 25; b not in days 21–50)
 */
export function churnLabels(
  history: MemberHistory,
  members: Int32Array,
  calibrationEndDay: number,
  horizonDays: number,
): Uint8Array {
  const horizonEndDay = calibrationEndDay + horizonDays;
  return Uint8Array.from(members, (member) => {
    for (
      let position = history.lineStart[member] as number;
      position < (history.lineStart[member + 1] as number);
      position++
    ) {
      const day = history.lineDay[position] as number;
      if (day > calibrationEndDay && day <= horizonEndDay) return 0;
    }
    return 1;
  });
}
