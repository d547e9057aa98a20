import { CoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { formatAddress } from "./a1-address";
import type { ExcelLike, RequirementsLike, WorksheetLike } from "./excel-shape";
import type { SheetLayout } from "./layout-types";
import { planSheetWrite } from "./plan-sheet-write";
import { throwIfCancelled, writeRows } from "./write-rows";
import { createSheet, finishSheet, prepareWrite, removeHalfWritten, swapReplaced } from "./write-steps";

export interface WriteResultOptions {
  /** Name of a sheet the add-in wrote earlier, to be replaced by this result (its name and place are kept). */
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
}

/**
 * Writes a result sheet in one Excel.run: a free name, the small blocks, the rows in planned blocks, then
 * widths, tables, frozen header, charts and the add-in's marker. If anything fails or the signal aborts after
 * the sheet was created, the sheet is deleted again before the error is rethrown: nothing half-written stays.
 * When replacing, the old sheet is deleted only after the new one is complete.
 *
 * @throws CoreError INVALID_RESULT_SHEET, RESULT_TOO_LARGE, REPLACE_NOT_ADDIN_SHEET, WRITE_CANCELLED,
 *   WRITE_NOT_CLEANED_UP (the failed sheet could not be removed), REPLACE_INCOMPLETE; Excel's own errors as they come
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
    const prepared = await prepareWrite(context, sheet.baseName, options.replace);
    throwIfCancelled(options.signal);
    const { replaced } = prepared;
    let createdKey = prepared.sheetName;
    let ids: string[] = [];
    let written: WorksheetLike | null = null;
    try {
      const created = await createSheet(context, env.requirements, prepared.sheetName, layout);
      createdKey = created.id;
      await writeRows(context, env.requirements, created.sheet, layout.regions, blocks, {
        budgetBytes: env.budgetBytes,
        signal: options.signal,
        onRows: (rows) => progress((0.95 * rows) / Math.max(totalRows, 1)),
      });
      throwIfCancelled(options.signal);
      ids = [...prepared.addInIds, created.id];
      await finishSheet(
        context,
        env.requirements,
        created.sheet,
        layout,
        ids,
        activate && replaced === undefined,
      );
      written = created.sheet;
    } catch (error) {
      // The name was free when read; if someone took it since, the sheet under it is theirs, not ours.
      if (createdKey === prepared.sheetName && errorCode(error) === "ItemAlreadyExists") throw error;
      const cleanupError = await removeHalfWritten(context, createdKey);
      if (cleanupError !== null) {
        const failure = new CoreError(
          "WRITE_NOT_CLEANED_UP",
          `writeResultSheet: the write failed and the unfinished sheet "${prepared.sheetName}" could not be removed; delete it by hand (${describe(error)})`,
        );
        failure.cause = error;
        throw failure;
      }
      throw error;
    }
    if (replaced !== undefined && written !== null) {
      const sheetToMove = written;
      const remaining = ids.filter((id) => id !== replaced.id);
      await swapOrExplain(
        () => swapReplaced(context, sheetToMove, replaced, remaining, activate),
        prepared.sheetName,
        replaced.name,
      );
    }
    progress(1);
    const finalName = prepared.replaced?.name ?? prepared.sheetName;
    return { sheetName: finalName, tableAddresses: tableAddresses(layout, finalName) };
  });
}

async function swapOrExplain(
  swap: () => Promise<void>,
  writtenName: string,
  replacedName: string,
): Promise<void> {
  try {
    await swap();
  } catch (error) {
    const failure = new CoreError(
      "REPLACE_INCOMPLETE",
      `writeResultSheet: the new result is complete in "${writtenName}" but could not take the place of "${replacedName}" (${describe(error)})`,
    );
    failure.cause = error;
    throw failure;
  }
}

function tableAddresses(layout: SheetLayout, sheetName: string): Record<string, string> {
  return Object.fromEntries(
    layout.tables.map((table) => [
      table.tableId,
      formatAddress(
        {
          startRow: table.headerRow,
          startColumn: table.leftColumn,
          rowCount: table.dataRowCount + 1,
          columnCount: table.columnCount,
        },
        sheetName,
      ),
    ]),
  );
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function describe(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${code}: ${message}`;
}
