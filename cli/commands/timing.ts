import type { Locale } from "../../src/i18n/locale";
import { channelMix, type ChannelMix } from "../../src/member/channel-mix";
import { memberDayParts, type MemberDayParts } from "../../src/member/day-part";
import { orderTimingHeat, type TimingHeat } from "../../src/member/timing-heat";
import { channelSheet } from "../../src/report/member-channel";
import { timingSheet } from "../../src/report/member-timing";
import type { ResultSheet } from "../../src/report/types";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { optionalKeys, optionalNumbers } from "../../src/table/column-reader";
import { dateValues, loadMemberInput, memberRunRecord, type MemberInput } from "./member-input";
import { sheetsText } from "./sheet-text";

export interface TimingResult {
  readonly input: MemberInput;
  readonly heat: TimingHeat;
  /** Present when the order dates carry a time of day. */
  readonly dayParts: MemberDayParts | undefined;
  /** Present when the table has a channel column. */
  readonly channels: ChannelMix | undefined;
}

export interface TimingJson extends TimingHeat {
  readonly dayParts: MemberDayParts | null;
  readonly channels: ChannelMix | null;
}

/** `timing --input FILE`: orders by weekday × hour, preferred day-part per member, channel mix. */
export const timingCommand = defineCommand<TimingResult>({
  usage: [
    "timing --input FILE [--member COL] [--date COL] [--order COL] [--channel COL] [--amount COL] [--json]",
    "        [--out FILE.xlsx]",
    "",
    "Weekdays run Sunday (0) to Saturday (6), as Excel WEEKDAY(d, 1) − 1; hours 0-23; day-parts night 0-5,",
    "morning 6-11, afternoon 12-17, evening 18-23. --json prints {orderCount, weekdayOrders: [7],",
    "weekdayHourOrders: [7][24] | null (dates without a time), hasTimeOfDay, ordersAtMidnight, skippedRows,",
    "dayParts: {members: [{memberId, orders, ordersByPart, preferred}], preferredCounts, skippedRows} | null,",
    "channels: {channels: [{channel, orders, orderShare, revenue, revenueShare, members}], orderCount, revenue,",
    "skippedRows} | null (no channel column)}.",
  ].join("\n"),
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS },
  async run(args) {
    const input = await loadMemberInput(args, "timing");
    const { table } = input.loaded;
    const { memberIds, orderIds } = input;
    const columns = { memberIds, orderIds, orderDates: dateValues(table, "timing") };
    const heat = orderTimingHeat(columns);
    const channels = optionalKeys(table, "channel");
    const amounts =
      optionalNumbers(table, "amount", "timing") ?? new Array<number | null>(memberIds.length).fill(null);
    return {
      input,
      heat,
      dayParts: heat.hasTimeOfDay ? memberDayParts(columns) : undefined,
      channels: channels === undefined ? undefined : channelMix({ memberIds, orderIds, channels, amounts }),
    };
  },
  toJson: ({ heat, dayParts, channels }): TimingJson => ({
    ...heat,
    dayParts: dayParts ?? null,
    channels: channels ?? null,
  }),
  renderText: (result, locale) =>
    sheetsText(timingSheets(result, locale), [result.input.loaded.inputAddress]),
  resultSheets: timingSheets,
});

function timingSheets({ input, heat, dayParts, channels }: TimingResult, locale: Locale): ResultSheet[] {
  const runRecord = memberRunRecord(input);
  const sheets = [timingSheet(heat, locale, runRecord, dayParts)];
  if (channels !== undefined) sheets.push(channelSheet(channels, locale, runRecord));
  return sheets;
}
