import { channelAnalysis, type ChannelResult } from "../../src/analysis/channel";
import type { AnalysisRun } from "../../src/analysis/context";
import { timingAnalysis, type TimingResult } from "../../src/analysis/timing";
import type { ChannelMix } from "../../src/member/channel-mix";
import type { MemberDayParts } from "../../src/member/day-part";
import type { TimingHeat } from "../../src/member/timing-heat";
import { columnByRole } from "../../src/table/column-access";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, type AnalysisInput } from "./analysis-input";
import { sheetsText } from "./sheet-text";

/** The timing use case, and the channel mix use case when the table has a channel column. */
interface TimingRun {
  readonly input: AnalysisInput;
  readonly timing: AnalysisRun<TimingResult>;
  readonly channels: AnalysisRun<ChannelResult> | undefined;
}

export interface TimingJson extends TimingHeat {
  readonly dayParts: MemberDayParts | null;
  readonly channels: ChannelMix | null;
}

/** `timing --input FILE`: orders by weekday × hour, preferred day-part per member, channel mix. */
export const timingCommand = defineCommand<TimingRun>({
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
    const input = await loadAnalysisInput(args);
    const { table } = input.loaded;
    return {
      input,
      timing: timingAnalysis(table, input.context),
      channels: columnByRole(table, "channel") === null ? undefined : channelAnalysis(table, input.context),
    };
  },
  toJson: ({ timing, channels }): TimingJson => ({
    ...timing.result.heat,
    dayParts: timing.result.dayParts ?? null,
    channels: channels?.result.mix ?? null,
  }),
  renderText: (result) => sheetsText(timingSheets(result), [result.input.loaded.inputAddress]),
  resultSheets: timingSheets,
});

function timingSheets({ timing, channels }: TimingRun) {
  return [...timing.sheets(), ...(channels?.sheets() ?? [])];
}
