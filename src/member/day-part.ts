import { CoreError } from "../errors";
import { splitSerial } from "../dates/serial-day";
import { readDatedOrders, type DatedOrderColumns } from "./orders";

/** Four six-hour parts of the day: night 00–05, morning 06–11, afternoon 12–17, evening 18–23. */
export type DayPart = "night" | "morning" | "afternoon" | "evening";

/** The day-parts in clock order; index = ⌊hour / 6⌋. */
export const DAY_PARTS: readonly DayPart[] = ["night", "morning", "afternoon", "evening"];

/**
 * Day-part of an hour 0..23: night 0–5, morning 6–11, afternoon 12–17, evening 18–23 (equal six-hour blocks,
 * so the parts are comparable in length). Cost: O(1).
 *
 * @throws CoreError HOUR_INVALID unless hour is a whole number 0..23
 * @example dayPartOfHour(18) // "evening"
 */
export function dayPartOfHour(hour: number): DayPart {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new CoreError("HOUR_INVALID", `The hour must be a whole number from 0 to 23 (got ${String(hour)})`);
  }
  return DAY_PARTS[Math.floor(hour / 6)] as DayPart;
}

export interface MemberDayPart {
  readonly memberId: string;
  readonly orders: number;
  readonly ordersByPart: Readonly<Record<DayPart, number>>;
  /** The part with the most orders; a tie goes to the part of the member's most recent order among the tied. */
  readonly preferred: DayPart;
}

export interface MemberDayParts {
  /** Members in order of first appearance. */
  readonly members: readonly MemberDayPart[];
  /** Members per preferred part. */
  readonly preferredCounts: Readonly<Record<DayPart, number>>;
  readonly skippedRows: number;
}

/**
 * Each member's preferred day-part: the part of the day in which they placed the most orders (order time =
 * its earliest row's). Needs order dates with a time of day. Cost: O(rows).
 *
 * @throws CoreError COLUMN_LENGTH_MISMATCH, KEY_INVALID, DATE_INVALID, NO_MEMBERS, NO_DATES, NO_TIME_OF_DAY (every
 *   order date is at 00:00:00, i.e. the dates carry no time)
 * @example memberDayParts({ memberIds: ["a", "a", "a"], orderDates: [44201.75, 44202.8, 44203.3] }).members[0]?.preferred // "evening"
 */
export function memberDayParts(columns: DatedOrderColumns): MemberDayParts {
  const fn = "memberDayParts";
  const { memberIds, memberOrderStart, memberOrders, orderDate, skippedRows } = readDatedOrders(fn, columns);
  if (orderDate.every((dateSerial) => splitSerial(dateSerial).secondOfDay === 0)) {
    throw new CoreError("NO_TIME_OF_DAY", "Order dates with a time of day are needed (all are at 00:00)");
  }
  const preferredCounts = { night: 0, morning: 0, afternoon: 0, evening: 0 };
  const members: MemberDayPart[] = [];
  memberIds.forEach((memberId, member) => {
    const counts = [0, 0, 0, 0];
    const latestSerial = [-Infinity, -Infinity, -Infinity, -Infinity];
    const start = memberOrderStart[member] as number;
    const end = memberOrderStart[member + 1] as number;
    for (let index = start; index < end; index++) {
      const dateSerial = orderDate[memberOrders[index] as number] as number;
      const part = Math.floor(splitSerial(dateSerial).secondOfDay / 21600);
      counts[part] = (counts[part] as number) + 1;
      latestSerial[part] = Math.max(latestSerial[part] as number, dateSerial);
    }
    let best = 0;
    for (let part = 1; part < 4; part++) {
      const more = (counts[part] as number) > (counts[best] as number);
      const tieButLater =
        counts[part] === counts[best] && (latestSerial[part] as number) > (latestSerial[best] as number);
      if (more || tieButLater) best = part;
    }
    const preferred = DAY_PARTS[best] as DayPart;
    preferredCounts[preferred]++;
    const [night, morning, afternoon, evening] = counts as [number, number, number, number];
    members.push({
      memberId,
      orders: end - start,
      ordersByPart: { night, morning, afternoon, evening },
      preferred,
    });
  });
  return { members, preferredCounts, skippedRows };
}
