import { CoreError } from "../errors";
import { ageGroupKey, MAX_AGE_YEARS } from "./age-bands";
import { ageInWholeYears } from "./age-years";
import { readDate } from "./cells";
import { groupKeyId } from "./profile-group-key";
import type { ProfileLines } from "./profile-lines";
import { pickMemberValues } from "./profile-pick";
import type { ProfileGroupKey } from "./profile-types";

/** A column to profile by: its name, how its values make groups, and its cell per order line. */
export type ProfileColumn =
  | {
      readonly name: string;
      /** "value": the member's latest value; "firstOrder": the value on the member's first order. */
      readonly basis: "value" | "firstOrder";
      /** Text per line; blank ("" or spaces) and null are no value. */
      readonly values: readonly (string | null)[];
    }
  | {
      readonly name: string;
      /** "birthday": Excel serial per line; "age": age in years per line. The member's latest value counts. */
      readonly basis: "birthday" | "age";
      readonly values: readonly (number | null)[];
    };

/** Every member's group under one column. */
export interface GroupAssignment {
  /** Distinct groups, in order of first member. */
  readonly keys: readonly ProfileGroupKey[];
  /** Group (index into keys) of each member. */
  readonly memberGroup: Int32Array;
  readonly conflictingMembers: number;
  readonly invalidAgeMembers: number;
}

/**
 * Puts every member in one group of a column (see ProfileColumn for which line's value counts; a member
 * without a value is Unknown). Ages come in whole years on `asOfSerial` from a birthday, or as given from an
 * age column, and are banded by `ageBands` (validated lower edges).
 *
 * Cost: O(lines + members × bands).
 *
 * @throws CoreError DATE_INVALID (a birthday that is not a date serial), NUMBER_INVALID (an age that is not a
 *   finite number), AS_OF_REQUIRED (a birthday column without an as-of day)
 * @example
 * import { profileLines } from "./profile-lines";
 * const lines = profileLines({ memberIds: ["a", "b", "c"], amounts: [1, 1, 1] });
 * const byAge = assignGroups(lines, { name: "Age", basis: "age", values: [30, 17, null] }, [18, 25], null);
 * [byAge.keys.length, [...byAge.memberGroup]] // [3, [0, 1, 2]]
 */
export function assignGroups(
  lines: ProfileLines,
  column: ProfileColumn,
  ageBands: readonly number[],
  asOfSerial: number | null,
): GroupAssignment {
  const index = new Map<string, number>();
  const keys: ProfileGroupKey[] = [];
  const groupOf = (key: ProfileGroupKey): number => {
    const id = groupKeyId(key);
    let group = index.get(id);
    if (group === undefined) {
      group = keys.length;
      index.set(id, group);
      keys.push(key);
    }
    return group;
  };
  const memberKeys = memberGroupKeys(lines, column, ageBands, asOfSerial);
  const memberGroup = Int32Array.from(memberKeys.keys, groupOf);
  return { ...memberKeys, keys, memberGroup };
}

type MemberKeys = { keys: ProfileGroupKey[]; conflictingMembers: number; invalidAgeMembers: number };
type AgeColumn = Extract<ProfileColumn, { readonly basis: "birthday" | "age" }>;
type TextColumn = Extract<ProfileColumn, { readonly basis: "value" | "firstOrder" }>;

function memberGroupKeys(
  lines: ProfileLines,
  column: ProfileColumn,
  ageBands: readonly number[],
  asOfSerial: number | null,
): MemberKeys {
  return isAgeColumn(column) ? ageKeys(lines, column, ageBands, asOfSerial) : textKeys(lines, column);
}

// A type guard: `basis === "birthday" || basis === "age"` narrows the true branch only, as each member's
// basis is itself a union.
function isAgeColumn(column: ProfileColumn): column is AgeColumn {
  return column.basis === "birthday" || column.basis === "age";
}

function textKeys(lines: ProfileLines, column: TextColumn): MemberKeys {
  const cells = column.values.map((cell) => (cell === null || cell.trim() === "" ? null : cell.trim()));
  const picked = pickMemberValues(lines, cells, column.basis === "value" ? "latest" : "first");
  const keys = picked.values.map((value): ProfileGroupKey =>
    value === null ? { kind: "unknown" } : { kind: "value", value },
  );
  return { keys, conflictingMembers: picked.conflictingMembers, invalidAgeMembers: 0 };
}

function ageKeys(
  lines: ProfileLines,
  column: AgeColumn,
  ageBands: readonly number[],
  asOfSerial: number | null,
): MemberKeys {
  const { name, basis } = column;
  const cells = column.values.map((cell, line) =>
    basis === "birthday" ? readDate(cell, "memberProfile", name, line) : ageCell(cell, name, line),
  );
  const picked = pickMemberValues(lines, cells, "latest");
  const asOf = basis === "birthday" ? requireAsOf(asOfSerial, name) : null;
  let invalidAgeMembers = 0;
  const keys = picked.values.map((value) => {
    const ageYears = value === null ? null : asOf === null ? value : ageInWholeYears(value, asOf);
    const impossible = value !== null && (ageYears === null || ageYears < 0 || ageYears > MAX_AGE_YEARS);
    if (impossible) invalidAgeMembers++;
    return ageGroupKey(ageYears, ageBands);
  });
  return { keys, conflictingMembers: picked.conflictingMembers, invalidAgeMembers };
}

function ageCell(cell: number | null, column: string, line: number): number | null {
  if (cell === null) return null;
  if (Number.isFinite(cell)) return cell;
  throw new CoreError("NUMBER_INVALID", `The age in ${column} must be a number (row ${line + 1})`, {
    column,
    row: line,
  });
}

function requireAsOf(asOfSerial: number | null, column: string): number {
  if (asOfSerial !== null) return asOfSerial;
  throw new CoreError(
    "AS_OF_REQUIRED",
    `An as-of date is needed to count ages from the birthdays in ${column} (there are no order dates to default to)`,
    { argument: "asOfSerial", column },
  );
}
