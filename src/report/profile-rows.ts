import type { Locale } from "../i18n/locale";
import { profileText } from "../i18n/messages/profile";
import { profileGroupValue } from "../member/profile-group-key";
import type {
  MemberProfile,
  ProfileDimension,
  ProfileGroupKey,
  ProfileMeasures,
} from "../member/profile-types";
import type { ReportCell, ReportColumn } from "./types";

/** Excel number formats of the profile's columns. */
export const PROFILE_FORMATS = {
  text: "@",
  count: "#,##0",
  share: "0.0%",
  money: "#,##0.00",
  ratio: "0.00",
} as const;

/** The measure columns after the group column, in the order every profile table and the spill use. */
const MEASURE_COLUMNS = [
  ["members", "col.members", PROFILE_FORMATS.count],
  ["memberShare", "col.memberShare", PROFILE_FORMATS.share],
  ["buyers", "col.buyers", PROFILE_FORMATS.count],
  ["orders", "col.orders", PROFILE_FORMATS.count],
  ["gmv", "col.gmv", PROFILE_FORMATS.money],
  ["gmvShare", "col.gmvShare", PROFILE_FORMATS.share],
  ["aov", "col.aov", PROFILE_FORMATS.money],
  ["ordersPerBuyer", "col.ordersPerBuyer", PROFILE_FORMATS.ratio],
  ["repeatBuyerRate", "col.repeatBuyerRate", PROFILE_FORMATS.share],
] as const;

/**
 * The group's name as written in a sheet: the value itself, the age band, "Under 18" and "Unknown" in the
 * user's language.
 *
 * @example profileGroupLabel({ kind: "belowBands", toYears: 18 }, "zh-TW") // "未滿 18 歲"
 * @example profileGroupLabel({ kind: "unknown" }, "zh-CN") // "未知"
 */
export function profileGroupLabel(key: ProfileGroupKey, locale: Locale): string {
  if (key.kind === "unknown") return profileText(locale, "unknown");
  if (key.kind === "belowBands") return profileText(locale, "underAge", { age: key.toYears });
  return profileGroupValue(key) as string;
}

/**
 * The header of a dimension's group column: the column's name, "… of the first order" for an order
 * attribute, "Age band (…)" for ages.
 *
 * @example profileGroupHeader({ name: "Birthday", basis: "birthday" }, "en") // "Age band (Birthday)"
 */
export function profileGroupHeader(
  dimension: Pick<ProfileDimension, "name" | "basis">,
  locale: Locale,
): string {
  const column = dimension.name;
  if (dimension.basis === "firstOrder") return profileText(locale, "firstOrderColumn", { column });
  if (dimension.basis === "value") return column;
  return profileText(locale, "ageBandColumn", { column });
}

/** The columns of a group table: the group column (key "group") and the measures. */
export function profileColumns(groupHeader: string, locale: Locale): ReportColumn[] {
  return [
    { key: "group", header: groupHeader, numberFormat: PROFILE_FORMATS.text },
    ...MEASURE_COLUMNS.map(([key, headerKey, numberFormat]) => ({
      key,
      header: profileText(locale, headerKey),
      numberFormat,
    })),
  ];
}

/** One row per group of a dimension, in its order: the group's name, then the measures. */
export function profileGroupRows(dimension: ProfileDimension, locale: Locale): ReportCell[][] {
  return dimension.groups.map((group) =>
    measureRow(profileGroupLabel(group.key, locale), group, group.memberShare, group.gmvShare),
  );
}

/**
 * The two summary rows under a dimension's groups: all members (the totals the groups add up to) and the
 * top-5 groups' share of GMV, in the GMV share column.
 */
export function profileSummaryRows(
  profile: MemberProfile,
  dimension: ProfileDimension,
  locale: Locale,
): ReportCell[][] {
  const { totals } = profile;
  const top: ReportCell[] = MEASURE_COLUMNS.map(([key]) =>
    key === "gmvShare" ? dimension.top5GmvShare : null,
  );
  return [
    measureRow(profileText(locale, "allMembers"), totals, 1, totals.gmv > 0 ? 1 : null),
    [profileText(locale, "top5"), ...top],
  ];
}

function measureRow(
  label: string,
  measures: ProfileMeasures,
  memberShare: number,
  gmvShare: number | null,
): ReportCell[] {
  return [
    label,
    measures.members,
    memberShare,
    measures.buyers,
    measures.orders,
    measures.gmv,
    gmvShare,
    measures.aov,
    measures.ordersPerBuyer,
    measures.repeatBuyerRate,
  ];
}
