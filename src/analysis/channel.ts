import { channelMix, type ChannelMix } from "../member/channel-mix";
import { channelSheet } from "../report/member-channel";
import { requireColumn } from "../table/column-access";
import { keyCells, optionalNumbers } from "../table/column-reader";
import type { Table } from "../table/types";
import { analysisRunRecord, lazily, type AnalysisContext, type AnalysisRun } from "./context";
import { memberColumns } from "./member-columns";
import { requireAcceptedShape } from "./input-shapes";

export interface ChannelResult {
  readonly mix: ChannelMix;
  readonly facts: ChannelFacts;
}

export interface ChannelFacts {
  readonly analysis: "channel";
  /** The channel with the most orders; null when it is the blank channel or there is none. */
  readonly topChannel: string | null;
  readonly topOrderShare: number;
}

/**
 * Orders, revenue and members per channel (an order's channel is its first line's); without an amount
 * column the revenue columns stay empty.
 *
 * Cost: O(rows log channels).
 *
 * @throws CoreError INPUT_SHAPE_NOT_ACCEPTED (one row per member), MISSING_COLUMN (memberId, channel) and channelMix's codes
 */
export function channelAnalysis(table: Table, context: AnalysisContext): AnalysisRun<ChannelResult> {
  requireAcceptedShape(table, "channel");
  const forWhat = "channel";
  const members = memberColumns(table, forWhat);
  const channels = keyCells(requireColumn(table, "channel", forWhat));
  const amounts = optionalNumbers(table, "amount", forWhat) ?? channels.map(() => null);
  const mix = channelMix({ ...members, channels, amounts });
  const top = mix.channels[0];
  return {
    result: {
      mix,
      facts: { analysis: "channel", topChannel: top?.channel ?? null, topOrderShare: top?.orderShare ?? 0 },
    },
    sheets: lazily(() => [channelSheet(mix, context.locale, analysisRunRecord(table, context, "channel"))]),
  };
}
