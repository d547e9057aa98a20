import { isCalendarSerial } from "../dates/civil-date";
import { CoreError } from "../errors";
import { DEFAULT_AGE_BANDS, validateAgeBands } from "./age-bands";
import { checkLengths } from "./cells";
import { assignGroups, type ProfileColumn } from "./profile-assign";
import { profileCrossTab, type CrossTabSide } from "./profile-cross-tab";
import { groupProfile, profileMeasures } from "./profile-groups";
import { profileLines, type ProfileLineColumns } from "./profile-lines";
import type { MemberProfile, ProfileDimension } from "./profile-types";

/** Order lines and the one or two columns to profile them by. */
export interface ProfileInput extends ProfileLineColumns {
  readonly columns: readonly ProfileColumn[];
}

export interface ProfileOptions {
  /** Lower edges of the age bands, whole years ascending (see validateAgeBands). @default [18, 25, 35, 45, 55] */
  readonly ageBands?: readonly number[];
  /** The day ages from birthdays are counted on (Excel serial). @default the day after the latest order date */
  readonly asOfSerial?: number;
}

/**
 * Member profile (用戶畫像): members and their orders broken down by one descriptive column, or two with a
 * cross-tab. The unit is the member: each member is in exactly one group of each column, so the groups'
 * members, orders and GMV add up to all members, orders and GMV. A member's group is the value on their
 * latest line that has one (member attributes: region, gender, level), the value on their first order for a
 * "firstOrder" column (the first-order category), or the age band of their latest birthday (age in whole
 * years on the as-of day) or age; members without a value, or with an impossible age, are "Unknown", never
 * dropped. Per group: members, buyers, orders, GMV, AOV, orders per buyer, repeat buyers (see
 * profileMeasures); shares of members and GMV; the top-5 GMV share.
 *
 * Cost: O(lines + members × bands + groups log groups).
 *
 * @throws CoreError PROFILE_BY_INVALID (no column, more than two, or one twice), COLUMN_LENGTH_MISMATCH,
 *   AGE_BANDS_EMPTY, AGE_BAND_INVALID, AGE_BANDS_NOT_ASCENDING, AS_OF_NOT_A_DATE, AS_OF_REQUIRED, NO_MEMBERS,
 *   KEY_INVALID, NUMBER_INVALID, DATE_INVALID
 * @example
 * const profile = memberProfile({
 *   memberIds: ["a", "a", "b", "c"], orderIds: ["o1", "o2", "o3", "o4"], amounts: [100, 50, 30, 20],
 *   columns: [{ name: "Gender", basis: "value", values: ["F", "F", "M", null] }],
 * });
 * profile.dimensions[0]?.groups.map((group) => [group.key, group.members, group.orders, group.gmv, group.repeatBuyerRate])
 * // [[{ kind: "value", value: "F" }, 1, 2, 150, 1], [{ kind: "value", value: "M" }, 1, 1, 30, 0], [{ kind: "unknown" }, 1, 1, 20, 0]]
 * profile.dimensions[0]?.top5GmvShare // 0.9 (F and M: 180 of 200; Unknown is no group of the top)
 */
export function memberProfile(input: ProfileInput, options: ProfileOptions = {}): MemberProfile {
  const { columns } = input;
  requireOneOrTwoColumns(columns.map((column) => column.name));
  checkLengths(
    "memberProfile",
    input.memberIds,
    Object.fromEntries(columns.map((column) => [column.name, column.values])),
  );
  const ageBands = options.ageBands ?? DEFAULT_AGE_BANDS;
  validateAgeBands(ageBands);
  const lines = profileLines(input);
  const hasBirthday = columns.some((column) => column.basis === "birthday");
  const asOfSerial = resolveAsOf(options.asOfSerial, lines.latestOrderDay);
  const totals = profileMeasures(lines);
  const sides: CrossTabSide[] = columns.map((column) => {
    const assignment = assignGroups(lines, column, ageBands, asOfSerial);
    return { assignment, grouped: groupProfile(lines, assignment, column.basis, totals) };
  });
  const dimensions = columns.map((column, index): ProfileDimension => {
    const { assignment, grouped } = sides[index] as CrossTabSide;
    return {
      name: column.name,
      basis: column.basis,
      groups: grouped.groups,
      top5GmvShare: grouped.top5GmvShare,
      topGroupCount: grouped.topGroupCount,
      conflictingMembers: assignment.conflictingMembers,
      invalidAgeMembers: assignment.invalidAgeMembers,
    };
  });
  const [rows, crossColumns] = sides;
  return {
    dimensions,
    totals,
    crossTab:
      rows !== undefined && crossColumns !== undefined
        ? profileCrossTab(lines, rows, crossColumns, totals.gmv)
        : null,
    asOfSerial: hasBirthday ? asOfSerial : null,
    asOfSource: !hasBirthday ? null : options.asOfSerial === undefined ? "dayAfterLatestOrder" : "given",
    usedLines: lines.usedLines,
    skippedLines: lines.skippedLines,
    blankAmountLines: lines.blankAmountLines,
  };
}

/**
 * Checks the names of the columns to profile by: one or two, different. Cost: O(names).
 *
 * @throws CoreError PROFILE_BY_INVALID (details.argument "by", details.value: the names)
 * @example requireOneOrTwoColumns(["Region", "Gender"]) // undefined
 * @example requireOneOrTwoColumns(["Region", "Gender", "Level"]) // throws CoreError PROFILE_BY_INVALID
 */
export function requireOneOrTwoColumns(names: readonly string[]): void {
  if (names.length < 1 || names.length > 2 || new Set(names).size !== names.length) {
    throw new CoreError(
      "PROFILE_BY_INVALID",
      `One or two different columns to profile by are needed (got ${names.length === 0 ? "none" : names.map((name) => `"${name}"`).join(", ")})`,
      { argument: "by", value: names.join(", "), bound: 2 },
    );
  }
}

/** The given as-of day, or the day after the latest order; null when neither exists. */
function resolveAsOf(given: number | undefined, latestOrderDay: number | null): number | null {
  if (given === undefined) return latestOrderDay === null ? null : latestOrderDay + 1;
  if (!isCalendarSerial(given)) {
    throw new CoreError("AS_OF_NOT_A_DATE", `The as-of date must be a date (got ${String(given)})`, {
      argument: "asOfSerial",
      value: given,
    });
  }
  return Math.floor(given);
}
