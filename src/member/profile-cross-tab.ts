import type { GroupAssignment } from "./profile-assign";
import type { GroupedProfile } from "./profile-groups";
import type { ProfileLines } from "./profile-lines";
import type { ProfileCrossTab } from "./profile-types";

/** One column's groups as the cross-tab needs them: who is in which group, and the display order. */
export interface CrossTabSide {
  readonly assignment: GroupAssignment;
  readonly grouped: GroupedProfile;
}

/**
 * Two columns against each other: each cell is the GMV of the members in both groups as a share of all GMV,
 * so all cells add up to 1; the row totals are the first column's groups' GMV shares, the column totals the
 * second's. Rows and columns follow the two breakdowns' order; a pair without members is 0. With all GMV
 * not above 0 every share is null (no share of nothing).
 *
 * Cost: O(members + rows × columns).
 *
 * @example
 * import { profileLines } from "./profile-lines";
 * import { assignGroups } from "./profile-assign";
 * import { groupProfile, profileMeasures } from "./profile-groups";
 * const lines = profileLines({ memberIds: ["a", "b", "c"], amounts: [10, 30, 60] });
 * const totals = profileMeasures(lines);
 * const side = (values: string[]) => {
 *   const assignment = assignGroups(lines, { name: "x", basis: "value", values }, [18], null);
 *   return { assignment, grouped: groupProfile(lines, assignment, "value", totals) };
 * };
 * profileCrossTab(lines, side(["F", "F", "M"]), side(["Toys", "Books", "Toys"]), totals.gmv).gmvShare
 * // [[0.6, 0], [0.1, 0.3]] (rows M then F, columns Toys then Books: by GMV, most first)
 */
export function profileCrossTab(
  lines: ProfileLines,
  rows: CrossTabSide,
  columns: CrossTabSide,
  totalGmv: number,
): ProfileCrossTab {
  const rowPosition = positions(rows.grouped.order);
  const columnPosition = positions(columns.grouped.order);
  const columnCount = columns.grouped.order.length;
  const gmv = rows.grouped.order.map(() => new Array<number>(columnCount).fill(0));
  for (let member = 0; member < lines.memberIds.length; member++) {
    const row = rowPosition[rows.assignment.memberGroup[member] as number] as number;
    const column = columnPosition[columns.assignment.memberGroup[member] as number] as number;
    const cells = gmv[row] as number[];
    cells[column] = (cells[column] as number) + (lines.memberGmv[member] as number);
  }
  const share = (value: number): number | null => (totalGmv > 0 ? value / totalGmv : null);
  return {
    rowKeys: rows.grouped.groups.map((group) => group.key),
    columnKeys: columns.grouped.groups.map((group) => group.key),
    gmvShare: gmv.map((cells) => cells.map(share)),
    rowTotals: rows.grouped.groups.map((group) => group.gmvShare),
    columnTotals: columns.grouped.groups.map((group) => group.gmvShare),
  };
}

/** Position in display order of each group index. */
function positions(order: readonly number[]): number[] {
  const position = new Array<number>(order.length);
  order.forEach((group, index) => (position[group] = index));
  return position;
}
