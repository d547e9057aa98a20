import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { formatAddress } from "./a1-address";
import { queueRecordRead, readRecord, type AddInRecord } from "./addin-record";
import { excelErrorCode } from "./excel-error-code";
import type { ExcelLike, RequirementsLike } from "./excel-shape";
import type { SheetLayout } from "./layout-types";
import { planSheetWrite } from "./plan-sheet-write";
import { checkReplaceSupported, replaceInPlace, type ReplaceTarget } from "./replace-in-place";
import { syncWithRetry, type RetryPolicy } from "./sync-retry";
import { throwIfCancelled, writeRows } from "./write-rows";
import { createSheet, finishSheet, removeHalfWritten, tableRect, type WriteContext } from "./write-steps";

export interface WriteResultOptions {
  /** Name of a sheet the add-in wrote earlier, to be rewritten in place with this result (ExcelApi 1.9). */
  readonly replace?: string;
  /** Share of the work done, 0..1, after each request. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /** Language of the run-record labels. @default "en" */
  readonly locale?: Locale;
  /** Make the written sheet the active one. @default true */
  readonly activate?: boolean;
}

export interface WrittenSheet {
  readonly sheetName: string;
  /** Sheet-qualified address of each table's header and rows, by table id. */
  readonly tableAddresses: Readonly<Record<string, string>>;
}

export interface WriteEnvironment {
  readonly excel: ExcelLike;
  readonly requirements: RequirementsLike;
  readonly budgetBytes: number;
  readonly retry: RetryPolicy;
  readonly session: string;
}

/**
 * Writes a result sheet in one Excel.run: the add-in's record, a new sheet under a free name with its small blocks,
 * the rows in planned blocks, then widths, tables, frozen header, charts and the record. A request Excel refuses
 * for now is sent again a few times (sync-retry.ts). If the write fails or the signal aborts after the sheet was
 * created, the sheet is deleted before the error is rethrown: nothing half-written stays. Replacing writes the new
 * sheet as a staging sheet and then rewrites the old one in place from it (replace-in-place.ts), so references to
 * the old sheet keep working.
 *
 * @throws CoreError INVALID_RESULT_SHEET, RESULT_TOO_LARGE, REPLACE_NOT_ADDIN_SHEET, REPLACE_UNSUPPORTED,
 *   WRITE_CANCELLED, WRITE_NOT_CLEANED_UP (the failed sheet could not be removed), REPLACE_INCOMPLETE; Excel's
 *   own errors as they come (InvalidOperationInCellEditMode once the retries are spent, …)
 */
export async function writeResultSheet(
  env: WriteEnvironment,
  sheet: ResultSheet,
  options: WriteResultOptions = {},
): Promise<WrittenSheet> {
  const { layout, blocks } = planSheetWrite(sheet, { locale: options.locale, budgetBytes: env.budgetBytes });
  const activate = options.activate ?? true;
  const totalRows = layout.regions.reduce((sum, region) => sum + region.rows.length, 0);
  const progress = (fraction: number) => options.onProgress?.(fraction);
  throwIfCancelled(options.signal);
  return env.excel.run(async (context) => {
    const write: WriteContext = {
      context,
      requirements: env.requirements,
      retry: env.retry,
      session: env.session,
    };
    const record = readRecord(
      await syncWithRetry(context, () => queueRecordRead(context), env.retry),
      env.session,
    );
    const target = options.replace === undefined ? null : replaceTarget(record, options.replace);
    if (options.replace !== undefined) checkReplaceSupported(write, options.replace);
    throwIfCancelled(options.signal);
    const created = await createSheet(write, sheet.baseName, namesOf(record), layout);
    try {
      await writeRows(write, created.sheet, layout.regions, blocks, {
        budgetBytes: env.budgetBytes,
        signal: options.signal,
        onRows: (rows) => progress((0.95 * rows) / Math.max(totalRows, 1)),
      });
      throwIfCancelled(options.signal);
      if (target === null) {
        const ids = [...record.addInIds, created.id];
        await finishSheet(write, created.sheet, layout, record, ids, activate);
      }
    } catch (error) {
      throw await withoutLeftover(write, created, error);
    }
    let sheetName = created.name;
    if (target !== null) {
      try {
        sheetName = await replaceInPlace(write, created.sheet, target, layout, record, activate);
      } catch (error) {
        throw await replaceFailure(write, created, target, error);
      }
    }
    progress(1);
    return { sheetName, tableAddresses: tableAddresses(layout, sheetName) };
  });
}

/** The sheet to replace, which must be one the add-in wrote. @throws CoreError REPLACE_NOT_ADDIN_SHEET */
function replaceTarget(record: AddInRecord, replace: string): ReplaceTarget {
  const found = record.sheets.find((each) => each.name.toLowerCase() === replace.toLowerCase());
  if (found === undefined || !record.addInIds.includes(found.id)) {
    throw new CoreError(
      "REPLACE_NOT_ADDIN_SHEET",
      `writeResultSheet: "${replace}" is not a sheet this add-in wrote, so it is left alone (replace)`,
      { argument: "replace", value: replace },
    );
  }
  return { id: found.id, name: found.name };
}

/** Removes the unfinished sheet and returns the error to throw: the original one, or why it could not be removed. */
async function withoutLeftover(write: WriteContext, created: { id: string; name: string }, error: unknown) {
  const cleanupError = await removeHalfWritten(write, created.id);
  if (cleanupError === null) return error;
  const failure = new CoreError(
    "WRITE_NOT_CLEANED_UP",
    `writeResultSheet: the write failed and the unfinished sheet "${created.name}" could not be removed; delete it by hand (${describe(error)})`,
    { value: created.name },
  );
  failure.cause = error;
  return failure;
}

async function replaceFailure(
  write: WriteContext,
  staging: { id: string; name: string },
  target: ReplaceTarget,
  error: unknown,
): Promise<CoreError> {
  const cleanupError = await removeHalfWritten(write, staging.id);
  const failure = new CoreError(
    "REPLACE_INCOMPLETE",
    `writeResultSheet: "${target.name}" could not be rewritten and may be incomplete (${describe(error)}); ${
      cleanupError === null
        ? "run the analysis again to rewrite it"
        : `the new result is in "${staging.name}"`
    }`,
    { value: target.name, argument: excelErrorCode(error) },
  );
  failure.cause = error;
  return failure;
}

function namesOf(record: AddInRecord): string[] {
  return record.sheets.map((each) => each.name);
}

function tableAddresses(layout: SheetLayout, sheetName: string): Record<string, string> {
  return Object.fromEntries(
    layout.tables.map((table) => [table.tableId, formatAddress(tableRect(table), sheetName)]),
  );
}

function describe(error: unknown): string {
  const code = excelErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${code}: ${message}`;
}
