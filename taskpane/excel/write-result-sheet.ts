import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { writeResultSheets } from "./write-result-sheets";
import type { WriteEnvironment, WrittenSheet } from "./write-result-types";

export type { WriteEnvironment, WrittenSheet } from "./write-result-types";

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

/**
 * Writes one result sheet: `writeResultSheets` with a single sheet, so the same requests (the add-in's record, a
 * new sheet under a free name with its small blocks, the rows in planned blocks, then widths, tables, frozen header,
 * charts and the record), the same retries and the same clean-up: nothing half-written stays. `replace` names one of
 * the add-in's sheets to rewrite in place from a staging sheet (replace-in-place.ts), so references to it keep
 * working; a sheet that is not the add-in's is refused.
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
  const { replace, onProgress, ...rest } = options;
  const run = await writeResultSheets(
    env,
    [sheet],
    { ...rest, onProgress: onProgress && ((fraction) => onProgress(fraction)) },
    [replace],
  );
  const [written] = run.sheets;
  if (written === undefined) throw new Error("writeResultSheet: the write returned no sheet");
  return { sheetName: written.sheetName, tableAddresses: written.tableAddresses };
}
