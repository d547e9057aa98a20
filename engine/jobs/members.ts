import { CoreError } from "../../src/errors";
import type { Table } from "../../src/table/types";
import { serializeError } from "../run-job";
import type { JobContext } from "./context";
import { runChannel, runCohorts, runPareto } from "./members/activity";
import { runCycle, runSensitivity, runTiming } from "./members/behaviour";
import { runClv } from "./members/clv";
import type { AnalysisRunner } from "./members/runner";
import {
  MEMBER_ANALYSES,
  type MemberAnalysis,
  type MemberOutcome,
  type MembersRequest,
  type MembersResult,
} from "./members/types";
import { dataRowCount, tableFromRequest } from "./table-request";

export * from "./members/types";

const RUNNERS: Readonly<Record<MemberAnalysis, AnalysisRunner>> = {
  cycle: runCycle,
  sensitivity: runSensitivity,
  timing: runTiming,
  channel: runChannel,
  cohorts: runCohorts,
  pareto: runPareto,
  clv: runClv,
};

/**
 * The Members tab's job: each chosen analysis runs on its own, so one that the data cannot support (BG/NBD
 * when everyone bought once) reports its error while the others still produce their sheets. Progress is
 * reported per analysis with the analysis id as the stage; a cancel is noticed between analyses.
 *
 * @throws CoreError CANCELLED, NO_ANALYSIS (none chosen); every other error is kept in that analysis's outcome
 */
export function membersJob(request: MembersRequest, context: JobContext): MembersResult {
  const chosen = MEMBER_ANALYSES.filter((analysis) => request.analyses.includes(analysis));
  if (chosen.length === 0)
    throw new CoreError("NO_ANALYSIS", "membersJob requires at least one analysis to run");
  context.progress(0, "reading", { count: dataRowCount(request) });
  const table = tableFromRequest(request);
  const outcomes: MemberOutcome[] = [];
  chosen.forEach((analysis, index) => {
    if (context.isCancelled()) throw new CoreError("CANCELLED", "membersJob: the run was cancelled");
    context.progress(index / chosen.length, analysis);
    outcomes.push(runOne(analysis, table, request));
  });
  context.progress(1, "done");
  return { rowCount: table.rowCount, outcomes };
}

function runOne(analysis: MemberAnalysis, table: Table, request: MembersRequest): MemberOutcome {
  try {
    // Each use case stamps its own settings and the rows read on the door's run record.
    const { sheet, facts } = RUNNERS[analysis](table, request, request.runRecord);
    return { analysis, ok: true, sheet, facts };
  } catch (error) {
    return { analysis, ok: false, error: serializeError(error) };
  }
}
