import type { Locale } from "../i18n/locale";
import type { MemberMessageKey } from "../i18n/messages/member";
import { DAY_PARTS, type DayPart, type MemberDayParts } from "../member/day-part";
import { MEMBER_FORMATS as F, memberColumn, memberTranslator } from "./member-format";
import type { ReportTable } from "./types";

const PART_KEYS: Readonly<Record<DayPart, MemberMessageKey>> = {
  night: "partNight",
  morning: "partMorning",
  afternoon: "partAfternoon",
  evening: "partEvening",
};

/** Localised label of a day-part ("evening" → "晚上" in zh-TW). */
export function dayPartLabel(locale: Locale, part: DayPart): string {
  return memberTranslator(locale)(PART_KEYS[part]);
}

/** The preferred-day-part tables of the timing sheet: members per part, and each member's orders per part. */
export function dayPartTables(locale: Locale, dayParts: MemberDayParts): ReportTable[] {
  const t = memberTranslator(locale);
  const memberCount = dayParts.members.length;
  return [
    {
      id: "member.timing.dayparts",
      title: t("dayPartTitle"),
      notes: [t("dayPartNote")],
      columns: [
        memberColumn(locale, "dayPart", "colDayPart", F.text),
        memberColumn(locale, "hours", "colHours", F.text),
        memberColumn(locale, "members", "colMembers", F.count),
        memberColumn(locale, "memberShare", "colMemberShare", F.share),
      ],
      rows: DAY_PARTS.map((part, index) => [
        dayPartLabel(locale, part),
        `${String(index * 6).padStart(2, "0")}:00–${String(index * 6 + 5).padStart(2, "0")}:59`,
        dayParts.preferredCounts[part],
        dayParts.preferredCounts[part] / memberCount,
      ]),
    },
    {
      id: "member.timing.members",
      title: t("dayPartMembersTitle"),
      columns: [
        memberColumn(locale, "memberId", "colMember", F.text),
        memberColumn(locale, "orders", "colOrders", F.count),
        ...DAY_PARTS.map((part) => ({
          key: part,
          header: dayPartLabel(locale, part),
          numberFormat: F.count,
        })),
        memberColumn(locale, "preferred", "colDayPart", F.text),
      ],
      rows: dayParts.members.map((member) => [
        member.memberId,
        member.orders,
        ...DAY_PARTS.map((part) => member.ordersByPart[part]),
        dayPartLabel(locale, member.preferred),
      ]),
    },
  ];
}
