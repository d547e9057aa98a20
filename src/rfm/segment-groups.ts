import { CoreError } from "../errors";
import { customerTypeOf, type CustomerType, CUSTOMER_TYPES } from "./customer-type";
import { meanOf } from "./mean";
import type { MemberRfm } from "./member-rfm";

/** One row of the study's segment table: the members of one cluster on one side of the recency split. */
export interface SegmentGroup {
  /** Cluster number as given (0-based). */
  readonly cluster: number;
  readonly recent: boolean;
  readonly memberCount: number;
  readonly averageRecencyDays: number;
  readonly averageFrequency: number;
  /** Mean of the members' total amounts. */
  readonly averageMonetary: number;
  readonly type: CustomerType;
}

export interface StudySegmentGroups {
  /** Non-empty groups, by cluster, recent before not recent. */
  readonly groups: readonly SegmentGroup[];
  /** Each member's group type, as an index into {@link CUSTOMER_TYPES}. */
  readonly memberCodes: Uint8Array;
  /** Means over all members that the group means are compared with (strictly above = high). */
  readonly overallAverageFrequency: number;
  readonly overallAverageMonetary: number;
}

/**
 * The study's segment table: members grouped by cluster × recency split; each group labelled by
 * {@link customerTypeOf}(recent, group mean frequency > overall mean, group mean monetary > overall mean).
 *
 * Cost: O(n + k).
 *
 * @throws CoreError NO_MEMBERS, COLUMN_LENGTH_MISMATCH, CLUSTER_LABEL_INVALID
 * @example
 * const members = { recencyDays: Float64Array.of(3, 40, 200), frequency: Float64Array.of(7, 2, 1),
 *   monetary: Float64Array.of(8000, 300, 90) };
 * studySegmentGroups(members, Int32Array.of(0, 0, 1), Uint8Array.of(1, 0, 1)).groups.map((group) => group.type)
 * // ["importantValue", "churned", "new"] (cluster 0 recent, cluster 0 not recent, cluster 1 recent)
 */
export function studySegmentGroups(
  members: Pick<MemberRfm, "recencyDays" | "frequency" | "monetary">,
  clusterLabels: ArrayLike<number>,
  recent: ArrayLike<number>,
): StudySegmentGroups {
  const count = members.frequency.length;
  if (count === 0) throw new CoreError("NO_MEMBERS", "At least one member is needed");
  if (
    clusterLabels.length !== count ||
    recent.length !== count ||
    members.monetary.length !== count ||
    members.recencyDays.length !== count
  ) {
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      "The members, segment labels and recent flags differ in length",
    );
  }
  let clusterCount = 0;
  for (let index = 0; index < count; index++) {
    const cluster = clusterLabels[index] as number;
    if (!Number.isInteger(cluster) || cluster < 0) {
      throw new CoreError(
        "CLUSTER_LABEL_INVALID",
        `Segment label ${String(cluster)} is not a whole number ≥ 0 (member ${index + 1})`,
      );
    }
    if (cluster + 1 > clusterCount) clusterCount = cluster + 1;
  }
  // slot = cluster·2 + (recent ? 0 : 1)
  const sums = new Float64Array(clusterCount * 2 * 4); // count, recency, frequency, monetary
  for (let index = 0; index < count; index++) {
    const base = ((clusterLabels[index] as number) * 2 + (recent[index] === 1 ? 0 : 1)) * 4;
    sums[base] = (sums[base] as number) + 1;
    sums[base + 1] = (sums[base + 1] as number) + (members.recencyDays[index] as number);
    sums[base + 2] = (sums[base + 2] as number) + (members.frequency[index] as number);
    sums[base + 3] = (sums[base + 3] as number) + (members.monetary[index] as number);
  }
  const overallAverageFrequency = meanOf(members.frequency);
  const overallAverageMonetary = meanOf(members.monetary);
  const groups: SegmentGroup[] = [];
  const codeBySlot = new Uint8Array(clusterCount * 2);
  for (let slot = 0; slot < clusterCount * 2; slot++) {
    const memberCount = sums[slot * 4] as number;
    if (memberCount === 0) continue;
    const recentGroup = slot % 2 === 0;
    const averageFrequency = (sums[slot * 4 + 2] as number) / memberCount;
    const averageMonetary = (sums[slot * 4 + 3] as number) / memberCount;
    const type = customerTypeOf(
      recentGroup,
      averageFrequency > overallAverageFrequency,
      averageMonetary > overallAverageMonetary,
    );
    codeBySlot[slot] = CUSTOMER_TYPES.indexOf(type);
    groups.push({
      cluster: slot >> 1,
      recent: recentGroup,
      memberCount,
      averageRecencyDays: (sums[slot * 4 + 1] as number) / memberCount,
      averageFrequency,
      averageMonetary,
      type,
    });
  }
  const memberCodes = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    memberCodes[index] = codeBySlot[
      (clusterLabels[index] as number) * 2 + (recent[index] === 1 ? 0 : 1)
    ] as number;
  }
  return { groups, memberCodes, overallAverageFrequency, overallAverageMonetary };
}
