import { yieldToEventLoop } from "../../engine/yield-to-event-loop";
import { shownSheet } from "../../src/report/shown-columns";
import type { ResultSheet } from "../../src/report/types";
import { queueRecordRead, readRecord } from "./addin-record";
import { finishRun, tableAddresses } from "./finish-run";
import { planSheetWrite, type SheetWritePlan } from "./plan-sheet-write";
import { planReplacements, queuePreviousRunRead, storedRunOf } from "./previous-run";
import { checkReplaceSupported, strictTargets } from "./replace-in-place";
import { syncWithRetry } from "./sync-retry";
import type { WriteEnvironment, WriteResultsOptions, WrittenRun } from "./write-result-types";
import { withoutLeftovers, type CreatedSheet } from "./write-failure";
import { throwIfCancelled, writeRows } from "./write-rows";
import { createSheet, type WriteContext } from "./write-steps";

/**
 * Writes every sheet of one user action in one Excel.run. Request 1 reads the add-in's record (and the feature's
 * previous run); then each sheet is created under a free name, or as a staging sheet when it replaces one of the
 * add-in's sheets, and filled in planned row blocks, one request each; then the sheets to replace are read; the last
 * request finishes every sheet (widths, tables, colour scales, frozen header, charts; a replaced sheet rewritten in
 * place from its staging sheet), writes the record and activates the first sheet. Screen updating is suspended in
 * that request alone, once for the whole action ("Repeated calls will cause the Excel window to flicker",
 * learn.microsoft.com/office/dev/add-ins/excel/performance).
 *
 * All or nothing: if a request fails, or the signal aborts, before the last one, every sheet this write created is
 * deleted and a replaced sheet was never touched. A request Excel refuses for now is sent again (sync-retry.ts).
 * An empty list sends nothing and remembers nothing.
 *
 * @param explicitReplace for each sheet, the name of one of the add-in's sheets to rewrite in place (strict: a
 *   sheet that is not the add-in's is refused); for `writeResultSheet`, which predates remembered runs
 * @throws CoreError INVALID_RESULT_SHEET, RESULT_TOO_LARGE, TOO_MANY_SERIES (before any request),
 *   REPLACE_NOT_ADDIN_SHEET, REPLACE_UNSUPPORTED, WRITE_CANCELLED, WRITE_NOT_CLEANED_UP (the failed sheets could
 *   not be removed), REPLACE_INCOMPLETE (the last request failed with sheets to replace); Excel's errors as they come
 */
export async function writeResultSheets(
  env: WriteEnvironment,
  resultSheets: readonly ResultSheet[],
  options: WriteResultsOptions = {},
  explicitReplace?: readonly (string | undefined)[],
): Promise<WrittenRun> {
  const sheets = resultSheets.map(shownSheet);
  const { locale, signal, run } = options;
  if (sheets.length === 0) return { sheets: [], previousRun: null };
  // planSheetsWrite's plans, one sheet per task: validating and laying out a sheet of 20,000 members is a task of
  // its own, not one with the other sheets nor with the decoding of the engine's result that the caller has just
  // awaited (that and the first plan together took 47 ms of one task at 200,000 order lines; issue 14).
  const layouts: SheetWritePlan[] = [];
  for (const sheet of sheets) {
    await yieldToEventLoop();
    layouts.push(planSheetWrite(sheet, { locale, budgetBytes: env.budgetBytes }));
  }
  await yieldToEventLoop();
  const rowCounts = layouts.map(({ layout }) =>
    layout.regions.reduce((sum, region) => sum + region.rows.length, 0),
  );
  const totalRows = Math.max(
    1,
    rowCounts.reduce((sum, rows) => sum + rows, 0),
  );
  throwIfCancelled(signal);
  return env.excel.run(async (context) => {
    const write: WriteContext = {
      context,
      requirements: env.requirements,
      retry: env.retry,
      session: env.session,
    };
    const read = await syncWithRetry(
      context,
      () => ({
        record: queueRecordRead(context),
        previous: run === undefined ? null : queuePreviousRunRead(context, run.feature),
      }),
      env.retry,
    );
    const record = readRecord(read.record, env.session);
    const stored = read.previous === null ? null : storedRunOf(read.previous);
    const { targets, notReplaced } =
      explicitReplace === undefined
        ? planReplacements(sheets, stored, record, run?.replacePrevious === true)
        : { targets: strictTargets(record, explicitReplace), notReplaced: [] };
    const firstTarget = targets.find((target) => target !== null);
    if (firstTarget) checkReplaceSupported(write, firstTarget.name);
    const created: CreatedSheet[] = [];
    try {
      let rowsBefore = 0;
      for (const [index, { layout, blocks }] of layouts.entries()) {
        throwIfCancelled(signal);
        const taken = [...record.sheets.map((each) => each.name), ...created.map((each) => each.name)];
        const sheet = await createSheet(write, sheets[index]?.baseName ?? "", taken, layout);
        created.push(sheet);
        await writeRows(write, sheet.sheet, layout.regions, blocks, {
          budgetBytes: env.budgetBytes,
          signal,
          onRows: (rows) => options.onProgress?.((0.95 * (rowsBefore + rows)) / totalRows, index),
        });
        rowsBefore += rowCounts[index] ?? 0;
      }
      throwIfCancelled(signal);
    } catch (error) {
      throw await withoutLeftovers(write, created, error);
    }
    const finished = await finishRun(write, {
      record,
      stored,
      run,
      sheets,
      layouts: layouts.map(({ layout }) => layout),
      created,
      targets,
      activate: options.activate ?? true,
    });
    options.onProgress?.(1, sheets.length - 1);
    return {
      sheets: finished.names.map((sheetName, index) => {
        const layout = layouts[index]?.layout;
        const notReplacedSheet = notReplaced[index] ?? null;
        return {
          sheetName,
          tableAddresses: layout === undefined ? {} : tableAddresses(layout, sheetName),
          replaced: (targets[index] ?? null) !== null,
          ...(notReplacedSheet === null ? {} : { notReplaced: notReplacedSheet }),
        };
      }),
      previousRun: finished.previousRun,
    };
  });
}
