import type { Locale } from "../../src/i18n/locale";
import type { ResultSheet } from "../../src/report/types";
import { DEFAULT_BUDGET_BYTES, planBlocks, type BlockPlan } from "./block-plan";
import type { SheetLayout } from "./layout-types";
import { layoutResultSheet } from "./sheet-layout";
import { validateResultSheet } from "./validate-result-sheet";

/** What a write will do, computed without Excel: the layout, the row-block plan and the number of requests. */
export interface SheetWritePlan {
  readonly layout: SheetLayout;
  readonly blocks: BlockPlan;
  /**
   * 1 (read the sheets and the add-in's record) + 1 (create) + one per row block + 1 (finish, colour scales
   * included); replacing adds 1: the finish is the in-place rewrite, after a request that reads the old sheet.
   */
  readonly syncCount: number;
}

/**
 * Validates and lays out a result sheet and plans its row blocks, without Excel. `syncCount` is exactly the
 * number of requests `writeResultSheet` sends for it (barring rows far longer than every sampled one).
 *
 * @throws CoreError INVALID_RESULT_SHEET, RESULT_TOO_LARGE, TOO_MANY_SERIES
 */
export function planSheetWrite(
  sheet: ResultSheet,
  options: { readonly locale?: Locale; readonly replace?: boolean; readonly budgetBytes?: number } = {},
): SheetWritePlan {
  validateResultSheet(sheet);
  const layout = layoutResultSheet(sheet, options.locale ?? "en");
  const blocks = planBlocks(layout.regions, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  return { layout, blocks, syncCount: 3 + blocks.requests.length + (options.replace === true ? 1 : 0) };
}

/** What a write of several sheets in one Excel.run will do: each sheet's plan and the number of requests. */
export interface SheetsWritePlan {
  readonly sheets: readonly SheetWritePlan[];
  /**
   * 1 (read the sheets, the add-in's record and the previous run) + per sheet 1 (create) and one per row block,
   * then 1 (read the sheets to replace) when any is replaced, and 1 (finish every sheet).
   */
  readonly syncCount: number;
}

/**
 * Validates, lays out and plans every sheet of one write before anything is sent, so a bad sheet among several
 * leaves nothing behind. `syncCount` is exactly the number of requests `writeResultSheets` sends (barring rows far
 * longer than every sampled one); `replacing` says whether any sheet rewrites one of the add-in's in place.
 *
 * @throws CoreError INVALID_RESULT_SHEET, RESULT_TOO_LARGE, TOO_MANY_SERIES
 */
export function planSheetsWrite(
  sheets: readonly ResultSheet[],
  options: { readonly locale?: Locale; readonly replacing?: boolean; readonly budgetBytes?: number } = {},
): SheetsWritePlan {
  const { locale, budgetBytes } = options;
  const plans = sheets.map((sheet) => planSheetWrite(sheet, { locale, budgetBytes }));
  const perSheet = plans.reduce((sum, plan) => sum + 1 + plan.blocks.requests.length, 0);
  return { sheets: plans, syncCount: 1 + perSheet + (options.replacing === true ? 1 : 0) + 1 };
}
