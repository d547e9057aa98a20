import type { MemberHistory } from "./member-history";

/**
 * The label of each member: 1 (churned) when the member has no line on a day in (calibrationEndDay,
 * calibrationEndDay + horizonDays], else 0 (stayed). The label comes from the data: the horizon must lie
 * inside it (churnRisk checks that). Cost: O(lines of the members).
 *
 * @param members member indices (MemberFeatureMatrix.members)
 * @example churnLabels(memberHistory({ memberIds: ["a", "b"], dateSerials: [10, 30], amounts: [1, 1] }), Int32Array.of(0), 10, 30) // Uint8Array [1]
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
