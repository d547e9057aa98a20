import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import type { MemberMessageKey } from "../i18n/messages/member";
import type { PriceSensitivity } from "../member/price-sensitivity";
import type { PromotionSensitivity } from "../member/promotion-sensitivity";
import type { SensitivityTag } from "../member/sensitivity-tag";
import {
  MEMBER_FORMATS as F,
  memberColumn,
  memberTranslator,
  percentText,
  skippedNotes,
} from "./member-format";
import type { ChartSpec, ReportTable, ResultSheet, RunRecord } from "./types";

const TAG_KEYS: Readonly<Record<SensitivityTag, MemberMessageKey>> = {
  low: "tagLow",
  mid: "tagMid",
  high: "tagHigh",
};

/** Localised label of a sensitivity tag ("low" → "低" in zh-TW). */
export function sensitivityTagLabel(locale: Locale, tag: SensitivityTag): string {
  return memberTranslator(locale)(TAG_KEYS[tag]);
}

/**
 * The sensitivity result sheet: promotion tags with their cut-offs ("member.sensitivity.tags", with a column
 * chart of members per tag) and per member ("member.sensitivity.members"); price sensitivity per category
 * ("member.price.categories") and per member ("member.price.members"). Either part may be left out.
 *
 * @throws CoreError REPORT_EMPTY when neither part is given
 * @example
 * import { promotionSensitivity } from "../member/promotion-sensitivity";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const promotion = promotionSensitivity({ memberIds: ["a", "a", "b"], couponAmounts: [10, 0, 0] });
 * sensitivitySheet({ promotion }, "en", runRecord).tables[0]?.id // "member.sensitivity.tags"
 */
export function sensitivitySheet(
  parts: { readonly promotion?: PromotionSensitivity; readonly price?: PriceSensitivity },
  locale: Locale,
  runRecord: RunRecord,
): ResultSheet {
  const { promotion, price } = parts;
  if (promotion === undefined && price === undefined) {
    throw new CoreError("REPORT_EMPTY", "Promotion or price sensitivity results are needed");
  }
  const t = memberTranslator(locale);
  const tables: ReportTable[] = [];
  const charts: ChartSpec[] = [];
  if (promotion !== undefined) {
    const q1 = percentText(promotion.q1Share);
    const q3 = percentText(promotion.q3Share);
    const memberCount = promotion.members.length;
    const tagRows = (["low", "mid", "high"] as const).map((tag) => [
      sensitivityTagLabel(locale, tag),
      t(tag === "low" ? "ruleLow" : tag === "mid" ? "ruleMid" : "ruleHigh", { q1, q3 }),
      promotion.tagCounts[tag],
      promotion.tagCounts[tag] / memberCount,
    ]);
    tables.push({
      id: "member.sensitivity.tags",
      title: t("promoTitle"),
      notes: [
        t("promoDefinition"),
        t("promoOverall", { share: percentText(promotion.overallPromotedShare) }),
        ...skippedNotes(locale, promotion.skippedRows, "member"),
      ],
      columns: [
        memberColumn(locale, "tag", "colTag", F.text),
        memberColumn(locale, "rule", "colRule", F.text),
        memberColumn(locale, "members", "colMembers", F.count),
        memberColumn(locale, "memberShare", "colMemberShare", F.share),
      ],
      rows: tagRows,
    });
    tables.push({
      id: "member.sensitivity.members",
      title: t("promoMembersTitle"),
      columns: [
        memberColumn(locale, "memberId", "colMember", F.text),
        memberColumn(locale, "orders", "colOrders", F.count),
        memberColumn(locale, "promotedOrders", "colPromotedOrders", F.count),
        memberColumn(locale, "promotedShare", "colPromotedShare", F.share),
        memberColumn(locale, "tag", "colTag", F.text),
      ],
      rows: promotion.members.map((member) => [
        member.memberId,
        member.orders,
        member.promotedOrders,
        member.promotedShare,
        sensitivityTagLabel(locale, member.tag),
      ]),
    });
    charts.push({
      kind: "columnClustered",
      title: t("promoTitle"),
      tableId: "member.sensitivity.tags",
      xColumn: "tag",
      yColumns: ["members"],
      xAxisTitle: t("colTag"),
      yAxisTitle: t("colMembers"),
    });
  }
  if (price !== undefined) tables.push(...priceTables(locale, price));
  return { baseName: t("sensitivitySheet"), tables, charts, runRecord };
}

function priceTables(locale: Locale, price: PriceSensitivity): ReportTable[] {
  const t = memberTranslator(locale);
  return [
    {
      id: "member.price.categories",
      title: t("priceCategoriesTitle"),
      notes: [t("priceDefinition")],
      columns: [
        memberColumn(locale, "category", "colCategory", F.text),
        memberColumn(locale, "lines", "colLines", F.count),
        memberColumn(locale, "medianUnitPrice", "colMedianPrice", F.money),
      ],
      rows: price.categories.map((category) => [category.category, category.rows, category.medianUnitPrice]),
    },
    {
      id: "member.price.members",
      title: t("priceMembersTitle"),
      columns: [
        memberColumn(locale, "memberId", "colMember", F.text),
        memberColumn(locale, "lines", "colLines", F.count),
        memberColumn(locale, "priceIndex", "colPriceIndex", F.ratio),
      ],
      rows: price.members.map((member) => [member.memberId, member.rows, member.priceIndex]),
    },
  ];
}
