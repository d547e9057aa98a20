import { channelMix } from "../../../src/member/channel-mix";
import { cohortRetention } from "../../../src/member/cohort-retention";
import { memberActivityByMonth } from "../../../src/member/member-activity";
import { memberOverviewByMonth } from "../../../src/member/member-overview";
import { paretoShare } from "../../../src/member/pareto";
import { channelSheet } from "../../../src/report/member-channel";
import { cohortSheet } from "../../../src/report/member-cohorts";
import { paretoSheet } from "../../../src/report/member-pareto";
import { requireColumn } from "../../../src/table/column-access";
import { amountCells, datedColumns, memberColumns } from "./columns";
import { keyCells, optionalDates, optionalNumbers } from "../../../src/table/column-reader";
import type { AnalysisRunner } from "./runner";

/** Orders, revenue and members per channel; without an amount column the revenue columns stay empty. */
export const runChannel: AnalysisRunner = (table, request, runRecord) => {
  const forWhat = "channelMix";
  const members = memberColumns(table, forWhat);
  const channels = keyCells(requireColumn(table, "channel", forWhat));
  const amounts = optionalNumbers(table, "amount", forWhat) ?? channels.map(() => null);
  const mix = channelMix({ ...members, channels, amounts });
  const top = mix.channels[0];
  return {
    sheet: channelSheet(mix, request.locale, runRecord),
    facts: { analysis: "channel", topChannel: top?.channel ?? null, topOrderShare: top?.orderShare ?? 0 },
  };
};

/** Retention triangle, new / returning / lapsed per month, and the member overview with registrations. */
export const runCohorts: AnalysisRunner = (table, request, runRecord) => {
  const forWhat = "cohortRetention";
  const columns = datedColumns(table, forWhat);
  const retention = cohortRetention(columns);
  const activity = memberActivityByMonth(columns).months;
  const registrationDates = optionalDates(table, "registrationDate", forWhat);
  const overview =
    registrationDates === undefined
      ? undefined
      : memberOverviewByMonth(columns, { memberIds: columns.memberIds, registrationDates }).months;
  let secondMonthActive = 0;
  let secondMonthMembers = 0;
  for (const cohort of retention.cohorts) {
    const active = cohort.activeMembers[1];
    if (active === undefined) continue;
    secondMonthActive += active;
    secondMonthMembers += cohort.members;
  }
  return {
    sheet: cohortSheet(
      { retention, activity, ...(overview === undefined ? {} : { overview }) },
      request.locale,
      runRecord,
    ),
    facts: {
      analysis: "cohorts",
      cohorts: retention.cohorts.length,
      secondMonthRetention: secondMonthMembers === 0 ? null : secondMonthActive / secondMonthMembers,
    },
  };
};

/** Share of revenue held by the top x % of members, with the Lorenz curve. */
export const runPareto: AnalysisRunner = (table, request, runRecord) => {
  const forWhat = "paretoShare";
  const { memberIds } = memberColumns(table, forWhat);
  const pareto = paretoShare(
    { memberIds, amounts: amountCells(table, forWhat) },
    { topShare: request.topShare },
  );
  return {
    sheet: paretoSheet(pareto, request.locale, runRecord),
    facts: { analysis: "pareto", top: pareto.top, revenueShare: pareto.revenueShare },
  };
};
