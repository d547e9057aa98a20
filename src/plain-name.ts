import { roleDisplayName } from "./i18n/role-name";

/**
 * An argument, column or setting key in plain English words for a core error message, so no internal name
 * (memberIds, orderDateSerials, holdoutShare) reaches the user (issue 12, item 5). A column role reads as the
 * Intake sheet names it; any other key is split at its capitals, with "serial(s)" read as the date it holds.
 * Messages interpolate keys only through this function; the door words its own text from code and details.
 *
 * Cost: O(key length).
 *
 * @example plainName("orderDate") // "order date"
 * @example plainName("memberIds") // "member ids"
 * @example plainName("orderDateSerials") // "order dates"
 * @example plainName("holdoutShare") // "holdout share"
 */
export function plainName(key: string): string {
  const spelled = SPELLED[key];
  if (spelled !== undefined) return spelled;
  const role = roleDisplayName("en", key);
  if (role !== key) return role.toLowerCase();
  return key
    .replace(/Serials$/, "s")
    .replace(/Serial$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** Keys whose split words would still read as code. */
const SPELLED: Readonly<Record<string, string>> = {
  asOfSerial: "as-of date",
  cutDateSerial: "cut date",
  calibrationEnd: "calibration end date",
  horizonDays: "horizon (days)",
  uv: "visitors (UV)",
  pv: "page views (PV)",
};
