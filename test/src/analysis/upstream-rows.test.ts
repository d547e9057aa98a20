import { cohortsAnalysisOfColumns } from "../../../src/analysis/cohorts";
import { cycleAnalysisOfColumns } from "../../../src/analysis/cycle";
import { tableAsUpstream } from "../../../src/analysis/upstream-rows";
import { CONTEXT } from "./member-fixture";

// One row per member and purchase day, as `--engine duckdb` hands them over: a on 44197 (2021-01-01) and
// 44207, b on 44197 and 44227; 10 rows were read from the file and 3 left out before aggregating.
const orders = { memberIds: ["a", "a", "b", "b", null], orderDates: [44197, 44207, 44197, 44227, 44200] };
const upstream = { readRowCount: 10, skippedRows: 3 };

describe("rows read and left out upstream", () => {
  it("a table is its own upstream", () => {
    expect(tableAsUpstream({ rowCount: 12 })).toEqual({ readRowCount: 12, skippedRows: 0 });
  });

  it("the cycle adds them to its own skipped rows and states the rows read", () => {
    const run = cycleAnalysisOfColumns({ orders }, upstream, CONTEXT);
    // Cycles 10 and 30: median 20. Skipped: the row without a member here, and 3 upstream.
    expect(run.result.summary.stats.median).toBe(20);
    expect(run.result.summary.skippedRows).toBe(4);
    expect(run.sheets()[0]?.runRecord.rowCount).toBe(10);
  });

  it("the cohorts too", () => {
    const run = cohortsAnalysisOfColumns({ orders }, upstream, CONTEXT);
    // a and b both ordered in January 2021 only (44227 = 2021-01-31): one cohort of 2 members.
    expect(run.result.retention.cohorts.map((cohort) => cohort.members)).toEqual([2]);
    expect(run.result.retention.skippedRows).toBe(4);
    expect(run.sheets()[0]?.runRecord.rowCount).toBe(10);
  });
});
