import type { CoreError } from "../../src/errors";
import { toExcelError } from "./excel-error";

/** A member id as a member-table function compares it (see planMemberRows' keyOf). */
export type MemberKey = string | number;

/** One order line as a member-table function (=RFM.TABLE, the order-line =CLV) read its cells. */
export interface ReadLine {
  /** The member id cell; null for a blank id; undefined when the id cell itself is bad. */
  readonly member: MemberKey | null | undefined;
  /** The line's first bad cell (an error value, text where a number or date belongs), or null. */
  readonly problem: CoreError | null;
  /** True when the core uses the line (it has a member and every cell it needs). */
  readonly usable: boolean;
}

/** How bad cells are kept to the rows they affect: which lines to leave out, and how to order the rows. */
export interface MemberRowPlan {
  /** Lines of members with a bad line: none of that member's lines goes to the core. */
  readonly dropped: ReadonlySet<number>;
  /** The first bad line's problem, or null when every cell was good. */
  readonly firstProblem: CoreError | null;
  /**
   * The core's member rows (first cell = the member id) and one #VALUE! row per member with a bad line (its id,
   * then the message in every other column) or per bad line without a readable member id (the message in every
   * column), in order of first appearance in the ranges.
   */
  merge(coreRows: readonly (readonly unknown[])[], width: number): unknown[][];
}

type Entry = { readonly key: MemberKey; readonly member: MemberKey } | { readonly problem: CoreError };

/**
 * Per-member isolation of bad cells in order lines. A member's R, F, M, lifetime or spend depends on every one of
 * its lines, so a bad cell in a line makes that member's row #VALUE! with the message naming the cell, and the
 * member's other lines are left out too (a partial sum would be a wrong number shown as right). The other members
 * are computed from their own lines; where a result depends on all members (R rfm's quintile scores, the mean
 * lifetime), it is over the members without a bad line. A bad line whose member id is itself unreadable (an
 * error in member_ids) gets a row of its own. `keyOf` is the core's member identity (e.g. 123 = "123").
 *
 * Cost: O(lines + members).
 */
export function planMemberRows(
  lines: readonly ReadLine[],
  keyOf: (member: MemberKey) => MemberKey,
): MemberRowPlan {
  const problems = new Map<MemberKey, CoreError>();
  const entries: Entry[] = [];
  const seen = new Set<MemberKey>();
  let firstProblem: CoreError | null = null;
  for (const { member, problem, usable } of lines) {
    if (problem !== null) firstProblem ??= problem;
    if (member === undefined || member === null) {
      if (problem !== null) entries.push({ problem });
      continue;
    }
    if (problem === null && !usable) continue;
    const key = keyOf(member);
    if (!seen.has(key)) {
      seen.add(key);
      entries.push({ key, member });
    }
    if (problem !== null && !problems.has(key)) problems.set(key, problem);
  }
  const dropped = new Set<number>();
  lines.forEach(({ member }, index) => {
    if (member !== undefined && member !== null && problems.has(keyOf(member))) dropped.add(index);
  });
  return {
    dropped,
    firstProblem,
    merge(coreRows, width) {
      const byKey = new Map(coreRows.map((row) => [keyOf(row[0] as MemberKey), row]));
      return entries.flatMap((entry): unknown[][] => {
        if ("problem" in entry) return [Array.from({ length: width }, () => toExcelError(entry.problem))];
        const problem = problems.get(entry.key);
        if (problem !== undefined) {
          const error = toExcelError(problem);
          return [[entry.member, ...Array.from({ length: width - 1 }, () => error)]];
        }
        const row = byKey.get(entry.key);
        return row === undefined ? [] : [[...row]];
      });
    },
  };
}
