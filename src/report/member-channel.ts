import type { Locale } from "../i18n/locale";
import type { ChannelMix } from "../member/channel-mix";
import { MEMBER_FORMATS as F, memberColumn, memberTranslator, skippedNotes } from "./member-format";
import type { ResultSheet, RunRecord } from "./types";

/**
 * The channel-mix result sheet: orders, revenue and members per channel with their shares
 * ("member.channel.mix"), and a clustered column chart of order share beside revenue share.
 *
 * @example
 * import { channelMix } from "../member/channel-mix";
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * const mix = channelMix({ memberIds: ["a", "b", "b"], channels: ["app", "web", "app"], amounts: [30, 50, 20] });
 * channelSheet(mix, "zh-CN", runRecord).baseName // "渠道构成"
 */
export function channelSheet(mix: ChannelMix, locale: Locale, runRecord: RunRecord): ResultSheet {
  const t = memberTranslator(locale);
  return {
    baseName: t("channelSheet"),
    tables: [
      {
        id: "member.channel.mix",
        title: t("channelTitle"),
        notes: [t("channelNote"), ...skippedNotes(locale, mix.skippedRows, "member")],
        columns: [
          memberColumn(locale, "channel", "colChannel", F.text),
          memberColumn(locale, "orders", "colOrders", F.count),
          memberColumn(locale, "orderShare", "colOrderShare", F.share),
          memberColumn(locale, "revenue", "colRevenue", F.money),
          memberColumn(locale, "revenueShare", "colRevenueShare", F.share),
          memberColumn(locale, "members", "colMembers", F.count),
        ],
        rows: mix.channels.map((channel) => [
          channel.channel ?? t("blank"),
          channel.orders,
          channel.orderShare,
          channel.revenue,
          channel.revenueShare,
          channel.members,
        ]),
      },
    ],
    charts: [
      {
        kind: "columnClustered",
        title: t("channelChart"),
        tableId: "member.channel.mix",
        xColumn: "channel",
        yColumns: ["orderShare", "revenueShare"],
        xAxisTitle: t("colChannel"),
      },
    ],
    runRecord,
  };
}
