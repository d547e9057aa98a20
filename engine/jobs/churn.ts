import { churnAnalysis, type ChurnFacts, type ChurnSettings } from "../../src/analysis/churn";
import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet, RunRecord } from "../../src/report/types";
import type { JobContext } from "./context";
import { tableFromRequest, type TableRequest } from "./table-request";

/** The pane's churn run: the order lines' grid, the user's role choices and the churn settings. */
export interface ChurnRequest extends TableRequest {
  /** Empty fields take the use case's defaults (horizon 90 days, threshold 0.7, holdout 0.3, seed 0). */
  readonly settings: ChurnSettings;
  readonly locale: Locale;
  readonly runRecord: RunRecord;
}

/** The Churn sheet to write and the facts of the pane's summary in words. */
export interface ChurnJobResult {
  readonly sheets: readonly ResultSheet[];
  readonly facts: ChurnFacts;
  readonly rowCount: number;
  readonly rowsSkipped: number;
}

/**
 * The pane's churn run (the Members tab will call it): the request's grid as a table → churnAnalysis → its
 * sheet and facts. A core failure (a horizon past the data, no churners, …) rejects with the CoreError's code
 * and details, which the pane words with src/i18n/messages/churn-errors.ts.
 *
 * @throws CoreError CANCELLED, and the codes of the table intake and churnAnalysis
 */
export function churnJob(request: ChurnRequest, context: JobContext): ChurnJobResult {
  const step = (fraction: number, stage: string): void => {
    if (context.isCancelled()) throw new CoreError("CANCELLED", "churnJob: the run was cancelled");
    context.progress(fraction, stage);
  };
  step(0, "reading");
  const table = tableFromRequest(request);
  step(0.2, "fitting");
  const run = churnAnalysis(table, request.settings, {
    locale: request.locale,
    runRecord: request.runRecord,
  });
  step(0.9, "writing");
  const sheets = run.sheets();
  step(1, "done");
  return {
    sheets,
    facts: run.result.facts,
    rowCount: run.result.rowCount,
    rowsSkipped: run.result.rowsSkipped,
  };
}
