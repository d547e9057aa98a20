import { CoreError } from "../../src/errors";
import { excelErrorCode } from "./excel-error-code";
import type { WorksheetLike } from "./excel-shape";
import type { ReplaceTarget } from "./replace-in-place";
import { removeHalfWritten, type WriteContext } from "./write-steps";

/**
 * Joins several sheet names in an error's details (`value`): "/" cannot be part of a sheet name (Excel's naming
 * rules), so a door can split them and list them in its language.
 */
export const SHEET_LIST_SEPARATOR = "/";

/** A sheet this write created: a new result sheet, or the staging sheet of one that replaces an earlier sheet. */
export interface CreatedSheet {
  readonly sheet: WorksheetLike;
  readonly id: string;
  readonly name: string;
}

/**
 * Removes every sheet the failed write created and returns the error to throw: the original one, or
 * WRITE_NOT_CLEANED_UP naming the sheets when they could not be removed.
 */
export async function withoutLeftovers(
  write: WriteContext,
  created: readonly CreatedSheet[],
  error: unknown,
): Promise<unknown> {
  const cleanupError = await removeHalfWritten(
    write,
    created.map((each) => each.id),
  );
  if (cleanupError === null) return error;
  const failure = new CoreError(
    "WRITE_NOT_CLEANED_UP",
    `writeResultSheets: the write failed and its unfinished sheets "${namesOf(created, ", ")}" could not be removed; delete them by hand (${describe(error)})`,
    { value: namesOf(created, SHEET_LIST_SEPARATOR) },
  );
  failure.cause = error;
  return failure;
}

/**
 * After the request that rewrites sheets in place failed: Excel requests are not transactions, so the targets may
 * be cleared and not refilled. Removes what the write created and returns REPLACE_INCOMPLETE naming the targets.
 */
export async function replaceIncomplete(
  write: WriteContext,
  created: readonly CreatedSheet[],
  targets: readonly ReplaceTarget[],
  error: unknown,
): Promise<CoreError> {
  const cleanupError = await removeHalfWritten(
    write,
    created.map((each) => each.id),
  );
  const failure = new CoreError(
    "REPLACE_INCOMPLETE",
    `writeResultSheets: "${namesOf(targets, ", ")}" could not be rewritten and may be incomplete (${describe(error)}); ${
      cleanupError === null
        ? "run the analysis again to rewrite it"
        : `the new result is in "${namesOf(created, ", ")}"`
    }`,
    { value: namesOf(targets, SHEET_LIST_SEPARATOR), argument: excelErrorCode(error) },
  );
  failure.cause = error;
  return failure;
}

/**
 * True when a failed write left the workbook as it was (every sheet it created removed, no sheet rewritten): any
 * failure except the two that say otherwise.
 *
 * @example leavesWorkbookAsItWas({ code: "WRITE_CANCELLED" }) // true
 * @example leavesWorkbookAsItWas({ code: "REPLACE_INCOMPLETE" }) // false
 */
export function leavesWorkbookAsItWas(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== "WRITE_NOT_CLEANED_UP" && code !== "REPLACE_INCOMPLETE";
}

function namesOf(sheets: readonly { readonly name: string }[], separator: string): string {
  return sheets.map((sheet) => sheet.name).join(separator);
}

function describe(error: unknown): string {
  const code = excelErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${code}: ${message}`;
}
