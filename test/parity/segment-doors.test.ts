/**
 * One engine, one answer (issue 9) for Segment: the command line's `segment` and the pane's two engine jobs
 * (sweep, then assign at the recommended k) on the same order lines give the same elbow, the same k, the same
 * clusters and the same sheets (Segments, Members, Elbow), run record aside.
 */
import { join } from "node:path";
import { segmentCommand, type SegmentJson } from "../../cli/commands/segment";
import { segmentAssignJob, segmentSweepJob } from "../../engine/jobs/segment";
import type { Locale } from "../../src/i18n/locale";
import { SEGMENT_DEFAULTS } from "../../src/segment";
import { excelGridFromCsv } from "./excel-grid";
import { sheetContent } from "./sheet-content";

const LINES = join(__dirname, "../fixtures/segment-cli/order-lines.csv");
const context = { progress: () => undefined, isCancelled: () => false };

describe.each<Locale>(["en", "zh-CN"])("segment from the command line and from the pane (%s)", (locale) => {
  it("the same elbow, k, clusters, members and sheets", async () => {
    const output = await segmentCommand.execute({ values: { input: LINES }, positionals: [], locale });
    const json = output.json() as SegmentJson;

    const request = { grid: excelGridFromCsv(LINES), roleChoices: {}, settings: SEGMENT_DEFAULTS, locale };
    const sweep = segmentSweepJob(request, context);
    const assign = segmentAssignJob(
      {
        ...request,
        k: sweep.recommendedK,
        elbow: sweep.elbow,
        kneeK: sweep.kneeK,
        runRecord: {
          inputAddress: "Orders!A1:D49",
          rowCount: 48,
          parameters: {},
          engineVersion: "test",
          timestampIso: "2026-12-05T00:00:00.000Z",
        },
      },
      context,
    );

    expect(sweep.elbow).toEqual(json.elbow);
    expect([sweep.recommendedK, sweep.kneeK, sweep.summary]).toEqual([
      json.k,
      json.knee,
      json.recommendation.summary,
    ]);
    expect(sweep.usedRowCount).toBe(json.rows.used);
    expect(assign.sheets.map(sheetContent)).toEqual((output.sheets() ?? []).map(sheetContent));
    expect(assign.sheets.length).toBeGreaterThan(0);
    // One run-record rule (the pane used to state the rows used, the command line the rows read).
    for (const sheet of [...assign.sheets, ...(output.sheets() ?? [])]) {
      expect(sheet.runRecord.rowCount).toBe(json.rows.read);
      expect(sheet.runRecord.parameters).toMatchObject({ analysis: "segment", scoring: "study", k: json.k });
    }
  });
});
