/**
 * One answer at every door for a per-member table (issue 11): the command line's `segment` and `rfm`, the pane's
 * Segment engine jobs, and =RFM.CUSTOMERS, on the member study's export shape (test/fixtures/member-table). The
 * anchors are the file's own order counts and amounts and the hand-worked recency of M04 (2 days) and M14
 * (353 days) to 2021-03-20, the day after the latest last order.
 */
import { join } from "node:path";
import { rfmCommand, type RfmJson } from "../../cli/commands/rfm";
import { segmentCommand, type SegmentJson } from "../../cli/commands/segment";
import { segmentAssignJob, segmentSweepJob } from "../../engine/jobs/segment";
import { rfmCustomers } from "../../functions/rfm-customers";
import type { Locale } from "../../src/i18n/locale";
import { SEGMENT_DEFAULTS } from "../../src/segment";
import { excelGridFromCsv } from "./excel-grid";
import { columnRange, JOB_CONTEXT, PANE_RECORD } from "./ranges";
import { sheetContent } from "./sheet-content";

const FILES: readonly [string, readonly [string, string, string, string], Locale][] = [
  ["members-en.csv", ["Member_Id", "Order_Sales", "Order_count", "last_order"], "en"],
  ["members-zh-TW.csv", ["會員編號", "消費金額", "訂單數", "最近購買日"], "zh-TW"],
  ["members-zh-CN.csv", ["会员编号", "消费金额", "购买次数", "最后订单日期"], "zh-CN"],
];
const fixture = (name: string) => join(__dirname, "../fixtures/member-table", name);

describe.each(FILES)("%s at every door", (file, headers, locale) => {
  it("segment: the command line and the pane's two jobs give the same clusters and sheets", async () => {
    const output = await segmentCommand.execute({
      values: { input: fixture(file) },
      positionals: [],
      locale,
    });
    const json = output.json() as SegmentJson;
    const request = {
      grid: excelGridFromCsv(fixture(file)),
      roleChoices: {},
      settings: SEGMENT_DEFAULTS,
      locale,
    };
    const sweep = segmentSweepJob(request, JOB_CONTEXT);
    const assign = segmentAssignJob(
      { ...request, k: sweep.recommendedK, elbow: sweep.elbow, kneeK: sweep.kneeK, runRecord: PANE_RECORD },
      JOB_CONTEXT,
    );
    expect(sweep.elbow).toEqual(json.elbow);
    expect(sweep.recommendedK).toBe(json.k);
    expect(assign.sheets.map(sheetContent)).toEqual((output.sheets() ?? []).map(sheetContent));
    expect(json.clusters.some((cluster) => cluster.avgFrequency > 1)).toBe(true);
    // The pane's sentence then says the rows are members, not order lines (segment-summary.ts).
    expect(sweep.perMember).toBe(true);
  });

  it("rfm: the command line and =RFM.CUSTOMERS give the same R, F, M, scores and segments", async () => {
    const output = await rfmCommand.execute({ values: { input: fixture(file) }, positionals: [], locale });
    const json = output.json() as RfmJson;
    const grid = excelGridFromCsv(fixture(file));
    const [ids, totals, counts, lastOrders] = headers.map((header) => columnRange(grid, header)) as [
      unknown[][],
      unknown[][],
      unknown[][],
      unknown[][],
    ];
    const spill = await rfmCustomers(ids, totals, counts, lastOrders, undefined, undefined, locale);
    const rows = spill.slice(1);
    expect(rows.map((row) => row.slice(0, 7))).toEqual(
      json.members.map((member) => [
        member.memberId,
        member.recencyDays,
        member.frequency,
        member.monetary,
        member.recencyScore,
        member.frequencyScore,
        member.monetaryScore,
      ]),
    );
    expect(rows.map((row) => row[7])).toEqual(json.members.map((member) => member.segmentLabel));
    expect(rows.find((row) => row[0] === "M04")?.slice(1, 4)).toEqual([2, 10, 152000]);
    expect(rows.find((row) => row[0] === "M14")?.slice(1, 4)).toEqual([353, 1, 800]);
  });
});
