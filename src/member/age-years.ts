import { civilDateOfDaySerial } from "../dates/civil-date";

/**
 * Age in whole years on a day: the birthdays completed by `asOfSerial`, as people count age (and as Excel's
 * `DATEDIF(birth, as_of, "Y")` does). A 29 February birthday is completed on 1 March in other years. Times of
 * day are dropped. Null when the birthday is after the as-of day (no age yet: the data is wrong).
 *
 * Cost: O(1).
 *
 * @param birthSerial birthday as an Excel serial (from 1900-03-01)
 * @param asOfSerial the day the age is counted on, as an Excel serial
 * @returns whole years, or null for a birthday after the as-of day
 * @example ageInWholeYears(36586, 45716) // 24 (born 2000-03-01, on 2025-02-28)
 * @example ageInWholeYears(36586, 45717) // 25 (on 2025-03-01)
 * @example ageInWholeYears(36585, 45716) // 24 (born 2000-02-29: 2025 has no 29 February, so not until 1 March)
 * @example ageInWholeYears(45717, 45716) // null
 */
export function ageInWholeYears(birthSerial: number, asOfSerial: number): number | null {
  const birthDay = Math.floor(birthSerial);
  const asOfDay = Math.floor(asOfSerial);
  if (birthDay > asOfDay) return null;
  const birth = civilDateOfDaySerial(birthDay);
  const asOf = civilDateOfDaySerial(asOfDay);
  const beforeBirthday = asOf.month < birth.month || (asOf.month === birth.month && asOf.day < birth.day);
  return asOf.year - birth.year - (beforeBirthday ? 1 : 0);
}
