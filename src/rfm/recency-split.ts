import { CoreError } from "../errors";
import type { MemberRfm } from "./member-rfm";
import { isExcelSerialDay } from "../table/excel-serial";

/**
 * Where "recent" ends. With a cut date, a member is recent when the last order is on or after that day (the
 * study split members at a date); with a day count, when recencyDays ≤ maxRecencyDays.
 */
export type RecencySplit =
  | { readonly kind: "cutDate"; readonly cutDateSerial: number }
  | { readonly kind: "maxRecencyDays"; readonly maxRecencyDays: number };

/**
 * 1 for a recent member, 0 otherwise (see {@link RecencySplit}). A cut date is compared with the last order day
 * when known, else converted to days through the as-of date: recent ⇔ recencyDays ≤ asOf − cutDate.
 *
 * Cost: O(n).
 *
 * @throws CoreError RECENCY_SPLIT_INVALID, CUT_DATE_NEEDS_AS_OF, CUT_DATE_AFTER_AS_OF
 * @example recentMembers({ recencyDays: Float64Array.of(10, 40), lastOrderSerial: null, asOfSerial: null },
 *   { kind: "maxRecencyDays", maxRecencyDays: 30 }) // Uint8Array [1, 0]
 */
export function recentMembers(
  members: Pick<MemberRfm, "recencyDays" | "lastOrderSerial" | "asOfSerial">,
  split: RecencySplit,
): Uint8Array {
  const recent = new Uint8Array(members.recencyDays.length);
  if (split.kind === "maxRecencyDays") {
    if (!Number.isFinite(split.maxRecencyDays) || split.maxRecencyDays < 0) {
      throw new CoreError(
        "RECENCY_SPLIT_INVALID",
        `The recent-member window must be ≥ 0 days (got ${split.maxRecencyDays})`,
      );
    }
    members.recencyDays.forEach((days, index) => (recent[index] = days <= split.maxRecencyDays ? 1 : 0));
    return recent;
  }
  if (!isExcelSerialDay(split.cutDateSerial)) {
    throw new CoreError("RECENCY_SPLIT_INVALID", `The cut date must be a date (got ${split.cutDateSerial})`);
  }
  const cutDay = Math.floor(split.cutDateSerial);
  if (members.asOfSerial !== null && cutDay > members.asOfSerial) {
    throw new CoreError(
      "CUT_DATE_AFTER_AS_OF",
      "The cut date is after the as-of date, so no member could be recent",
    );
  }
  if (members.lastOrderSerial !== null) {
    members.lastOrderSerial.forEach((lastDay, index) => (recent[index] = lastDay >= cutDay ? 1 : 0));
    return recent;
  }
  if (members.asOfSerial === null) {
    throw new CoreError(
      "CUT_DATE_NEEDS_AS_OF",
      "An as-of date is needed to split a member table at a cut date",
    );
  }
  const maxRecencyDays = members.asOfSerial - cutDay;
  members.recencyDays.forEach((days, index) => (recent[index] = days <= maxRecencyDays ? 1 : 0));
  return recent;
}
