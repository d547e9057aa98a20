import type { GroupAssignment } from "./profile-assign";
import { ageOrder, profileGroupValue } from "./profile-group-key";
import type { ProfileLines } from "./profile-lines";
import type { ProfileBasis, ProfileGroup, ProfileMeasures } from "./profile-types";

/** How many of the largest groups the top share adds up (the template's "Top5 消費區域占比"). */
export const TOP_GROUP_COUNT = 5;

/** The groups of one column with their measures and the top-5 GMV share. */
export interface GroupedProfile {
  /** In display order (see ProfileDimension.groups). */
  readonly groups: readonly ProfileGroup[];
  /** Group (index into assignment.keys) of each displayed group: what the cross-tab needs. */
  readonly order: readonly number[];
  readonly top5GmvShare: number | null;
  readonly topGroupCount: number;
}

/**
 * The measures of every member (see ProfileMeasures): Σ over members of orders and GMV, members with an
 * order (buyers) and with 2+ orders (repeat buyers); AOV = GMV / orders, orders per buyer = orders / buyers,
 * repeat-buyer rate = repeat buyers / buyers. `members` selects the members (all when omitted).
 *
 * Cost: O(members).
 *
 * @example
 * import { profileLines } from "./profile-lines";
 * const lines = profileLines({ memberIds: ["a", "a", "b"], orderIds: [1, 2, 3], amounts: [10, 20, 30] });
 * profileMeasures(lines) // { members: 2, buyers: 2, orders: 3, gmv: 60, aov: 20, ordersPerBuyer: 1.5, repeatBuyers: 1, repeatBuyerRate: 0.5 }
 */
export function profileMeasures(lines: ProfileLines, members?: readonly number[]): ProfileMeasures {
  let count = 0;
  let buyers = 0;
  let orders = 0;
  let gmv = 0;
  let repeatBuyers = 0;
  const add = (member: number): void => {
    const memberOrders = lines.memberOrders[member] as number;
    count++;
    orders += memberOrders;
    gmv += lines.memberGmv[member] as number;
    if (memberOrders >= 1) buyers++;
    if (memberOrders >= 2) repeatBuyers++;
  };
  if (members === undefined) for (let member = 0; member < lines.memberIds.length; member++) add(member);
  else members.forEach(add);
  // Every member of order lines has an order (profileLines), so buyers and orders are at least 1 here.
  return {
    members: count,
    buyers,
    orders,
    gmv,
    aov: gmv / orders,
    ordersPerBuyer: orders / buyers,
    repeatBuyers,
    repeatBuyerRate: repeatBuyers / buyers,
  };
}

/**
 * One column's groups: their measures, shares of all members and of all GMV (null when all GMV is not above
 * 0), in display order, and the GMV share of the 5 known groups with the most GMV (Unknown is no region, so
 * it is not among them; its GMV still counts in the denominator).
 *
 * Cost: O(members + groups log groups).
 *
 * @example
 * import { profileLines } from "./profile-lines";
 * const lines = profileLines({ memberIds: ["a", "b", "c"], amounts: [10, 30, 60] });
 * const assignment = { keys: [{ kind: "value", value: "North" } as const, { kind: "unknown" } as const], memberGroup: Int32Array.from([0, 0, 1]), conflictingMembers: 0, invalidAgeMembers: 0 };
 * groupProfile(lines, assignment, "value", profileMeasures(lines)).top5GmvShare // 0.4
 */
export function groupProfile(
  lines: ProfileLines,
  assignment: GroupAssignment,
  basis: ProfileBasis,
  totals: ProfileMeasures,
): GroupedProfile {
  const membersOf: number[][] = assignment.keys.map(() => []);
  assignment.memberGroup.forEach((group, member) => membersOf[group]?.push(member));
  const groups = assignment.keys.map((key, group): ProfileGroup => {
    const measures = profileMeasures(lines, membersOf[group] ?? []);
    return {
      key,
      ...measures,
      memberShare: measures.members / totals.members,
      gmvShare: totals.gmv > 0 ? measures.gmv / totals.gmv : null,
    };
  });
  const byAge = basis === "birthday" || basis === "age";
  const order = groups.map((_, group) => group);
  order.sort((left, right) =>
    compareGroups(groups[left] as ProfileGroup, groups[right] as ProfileGroup, byAge),
  );
  const sorted = order.map((group) => groups[group] as ProfileGroup);
  const top = sorted
    .filter((group) => group.key.kind !== "unknown")
    .sort((left, right) => right.gmv - left.gmv)
    .slice(0, TOP_GROUP_COUNT);
  const top5GmvShare = totals.gmv > 0 ? top.reduce((sum, group) => sum + group.gmv, 0) / totals.gmv : null;
  return { groups: sorted, order, top5GmvShare, topGroupCount: top.length };
}

function compareGroups(left: ProfileGroup, right: ProfileGroup, byAge: boolean): number {
  const unknownLast = Number(left.key.kind === "unknown") - Number(right.key.kind === "unknown");
  if (unknownLast !== 0 || left.key.kind === "unknown") return unknownLast;
  if (byAge) return ageOrder(left.key) - ageOrder(right.key);
  const leftText = profileGroupValue(left.key) ?? "";
  const rightText = profileGroupValue(right.key) ?? "";
  return (
    right.gmv - left.gmv ||
    right.members - left.members ||
    (leftText < rightText ? -1 : leftText > rightText ? 1 : 0)
  );
}
