import { CoreError } from "../../src/errors";
import type { ResultSheet } from "../../src/report/types";
import { queueRecordRead, readRecord } from "./addin-record";
import { ADDIN_SHEETS_SETTING, newSessionToken } from "./addin-sheets";
import { DEFAULT_BUDGET_BYTES } from "./block-plan";
import { excelErrorCode } from "./excel-error-code";
import type { ExcelLike, RequirementsLike } from "./excel-shape";
import { readAddressIn } from "./read-address";
import { readInputIn, type InputMode, type InputRange } from "./read-input";
import { DEFAULT_RETRY_POLICY, syncWithRetry, type RetryPolicy } from "./sync-retry";
import { previousRunOf, queuePreviousRunRead, storedRunOf, type PreviousRun } from "./previous-run";
import { writeResultSheet, type WriteResultOptions, type WrittenSheet } from "./write-result-sheet";
import { writeResultSheets } from "./write-result-sheets";
import { writeSampleSheets } from "./write-sample-sheets";
import type { SampleSheet } from "../samples/sample-sheet";
import type { WriteResultsOptions, WrittenRun } from "./write-result-types";

export type { InputMode, InputRange } from "./read-input";
export type { WriteResultOptions, WrittenSheet } from "./write-result-sheet";
export type { WriteResultsOptions, WrittenRun, WrittenRunSheet } from "./write-result-types";
export type { PreviousRun, PreviousSheet } from "./previous-run";
export { leavesWorkbookAsItWas } from "./write-failure";
export {
  planSheetWrite,
  planSheetsWrite,
  type SheetWritePlan,
  type SheetsWritePlan,
} from "./plan-sheet-write";

/**
 * Everything the task pane does to a workbook. Each operation is one Excel.run; features get the port as a
 * service and never call Excel themselves.
 */
export interface WorkbookPort {
  /**
   * The selected block (one selected cell: the region around it), or the table / region around the active cell,
   * as values plus number formats; `onAddInSheet` says whether it is on one of the add-in's result sheets.
   */
  readInput(mode: InputMode): Promise<InputRange>;
  /** The block at an input's address read again ("Refresh"), wherever the selection is now. @throws CoreError SHEET_NOT_FOUND */
  readAddress(address: string): Promise<InputRange>;
  /**
   * Writes sample exports as new sheets under free names, in one Excel.run, all or nothing; returns each as an input
   * (write-sample-sheets.ts).
   */
  writeSampleSheets(samples: readonly SampleSheet[]): Promise<readonly InputRange[]>;
  /** Writes a result sheet under a free name (or in place of one of the add-in's sheets). */
  writeResultSheet(sheet: ResultSheet, options?: WriteResultOptions): Promise<WrittenSheet>;
  /**
   * Writes every sheet of one user action in one Excel.run, all or nothing; with `run`, remembers them as the
   * feature's latest run and can rewrite that run's sheets in place (write-result-sheets.ts).
   */
  writeResultSheets(sheets: readonly ResultSheet[], options?: WriteResultsOptions): Promise<WrittenRun>;
  /** The feature's latest run in this workbook and where its sheets are now; null when there was none. */
  readPreviousRun(feature: string): Promise<PreviousRun | null>;
  /** Makes a sheet the active one. @throws CoreError SHEET_NOT_FOUND */
  activateSheet(name: string): Promise<void>;
  /** Names of the sheets this add-in wrote that still exist, in tab order. */
  listAddInSheets(): Promise<readonly string[]>;
}

export interface WorkbookPortOptions {
  /** Requirement-set support; defaults to `Office.context.requirements`, or ExcelApi 1.7 only without Office. */
  readonly requirements?: RequirementsLike;
  /** Data bytes per write or read request. @default 4,000,000 (Excel on the web caps requests at 5 MB) */
  readonly payloadBudgetBytes?: number;
  /** Waits between attempts of a request Excel refuses for now. @default DEFAULT_RETRY_POLICY (sync-retry.ts) */
  readonly retry?: RetryPolicy;
  /**
   * This session's token for the add-in's record of sheet ids (addin-sheets.ts). @default a new random one: one
   * port per load of the add-in, and a reopened file loads the add-in again
   */
  readonly session?: string;
}

/** ExcelApi 1.7 is the baseline the add-in needs; anything newer is detected. */
const BASELINE_ONLY: RequirementsLike = {
  isSetSupported: (name, minVersion = "1.1") =>
    name === "ExcelApi" && Number(minVersion.split(".")[1] ?? 0) <= 7,
};

export function createWorkbookPort(excel: ExcelLike, options: WorkbookPortOptions = {}): WorkbookPort {
  const requirements =
    options.requirements ?? (typeof Office === "undefined" ? BASELINE_ONLY : Office.context.requirements);
  const budgetBytes = options.payloadBudgetBytes ?? DEFAULT_BUDGET_BYTES;
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const session = options.session ?? newSessionToken();
  const env = { excel, requirements, budgetBytes, retry, session };
  return {
    readInput: (mode) =>
      excel.run(async (context) => {
        const range = await readInputIn(context, requirements, mode, budgetBytes, retry);
        const record = readRecord(
          await syncWithRetry(context, () => queueRecordRead(context), retry),
          session,
        );
        const sheet = record.sheets.find((candidate) => candidate.name === range.sheetName);
        return { ...range, onAddInSheet: sheet !== undefined && record.addInIds.includes(sheet.id) };
      }),
    readAddress: (address) => excel.run((context) => readAddressIn(context, address, budgetBytes, retry)),
    writeSampleSheets: (samples) => writeSampleSheets(env, samples),
    writeResultSheet: (sheet, writeOptions) => writeResultSheet(env, sheet, writeOptions),
    writeResultSheets: (sheets, writeOptions) => writeResultSheets(env, sheets, writeOptions),
    readPreviousRun: (feature) =>
      excel.run(async (context) => {
        const read = await syncWithRetry(
          context,
          () => ({ record: queueRecordRead(context), previous: queuePreviousRunRead(context, feature) }),
          retry,
        );
        const stored = storedRunOf(read.previous);
        return stored === null ? null : previousRunOf(stored, readRecord(read.record, session));
      }),
    activateSheet: (name) =>
      excel.run(async (context) => {
        try {
          await syncWithRetry(context, () => context.workbook.worksheets.getItem(name).activate(), retry);
        } catch (error) {
          if (excelErrorCode(error) !== "ItemNotFound") throw error;
          throw new CoreError(
            "SHEET_NOT_FOUND",
            `activateSheet: there is no sheet "${name}" (it may have been renamed or deleted)`,
            { value: name },
          );
        }
      }),
    listAddInSheets: () =>
      excel.run(async (context) => {
        const record = readRecord(
          await syncWithRetry(context, () => queueRecordRead(context), retry),
          session,
        );
        return record.sheets.filter((sheet) => record.addInIds.includes(sheet.id)).map((sheet) => sheet.name);
      }),
  };
}

export { ADDIN_SHEETS_SETTING };
