import { CLUSTER_ERROR_ROWS } from "./cluster";
import { CLV_ERROR_ROWS } from "./clv";
import type { CoreErrorRows } from "./core-error-row";
import { MEMBER_ERROR_ROWS } from "./member";
import { PROMO_ERROR_ROWS } from "./promo";
import { REPORT_ERROR_ROWS } from "./report";
import { RFM_ERROR_ROWS } from "./rfm";
import { SHARED_ERROR_ROWS } from "./shared";
import { SQL_ERROR_ROWS } from "./sql";
import { TABLE_ERROR_ROWS } from "./table";
import { YOY_ERROR_ROWS } from "./yoy";

export type { CoreErrorRow, CoreErrorRowKey, CoreErrorRows } from "./core-error-row";

/**
 * Every area's core-error wordings in one table, by code. Each code lives in exactly one area (the merge below
 * would silently keep the last one otherwise; test/src/i18n/messages/core-errors/index.test.ts checks it).
 *
 * Internal codes, worded nowhere because no user can reach them through a worksheet function argument, a pane
 * setting, a CLI flag or input data, and thrown only by the doors, which word their own errors:
 * - CANCELLED, NO_ANALYSIS (engine/): the pane's own cancel button and job protocol, worded by the pane.
 * - WRITE_CANCELLED, WRITE_NOT_CLEANED_UP, REPLACE_*, RESULT_TOO_LARGE, SHEET_NOT_FOUND, TOO_MANY_SERIES,
 *   EMPTY_SELECTION, MULTI_AREA_SELECTION, INVALID_ADDRESS (taskpane/excel/): workbook failures, worded by
 *   taskpane/excel/error-messages.ts.
 * - AMOUNT_INVALID, CELL_BLANK, CELL_ERROR, CELL_NOT_TEXT, CLV_HORIZON_REQUIRED, CLV_ORDER_CELL_INVALID,
 *   CLV_PARAMS_INCOMPLETE, DATA_TOO_LARGE, NOT_FOUND, PRODUCT_IDS_MISSING, RANGE_SHAPE_INVALID,
 *   RANGE_SHAPE_MISMATCH, DIVISION_BY_ZERO (functions/): the worksheet functions' own cell errors (CELL_* and
 *   RANGE_SHAPE_MISMATCH are worded by churnErrorText; DIVISION_BY_ZERO becomes #DIV/0!, which has no text).
 * Every code thrown in src/ is worded here or by inputErrorText / churnErrorText, programming errors included
 * (a matrix of the wrong shape, a model value that does not converge): a wording costs one line and a
 * fallback to English costs a Chinese user the whole message.
 */
export const CORE_ERROR_ROWS: CoreErrorRows = {
  ...SHARED_ERROR_ROWS,
  ...TABLE_ERROR_ROWS,
  ...RFM_ERROR_ROWS,
  ...CLUSTER_ERROR_ROWS,
  ...CLV_ERROR_ROWS,
  ...PROMO_ERROR_ROWS,
  ...MEMBER_ERROR_ROWS,
  ...REPORT_ERROR_ROWS,
  ...YOY_ERROR_ROWS,
  ...SQL_ERROR_ROWS,
};

/** The areas' tables, for the check that no code is worded twice. */
export const CORE_ERROR_AREAS: readonly (readonly [area: string, rows: CoreErrorRows])[] = [
  ["shared", SHARED_ERROR_ROWS],
  ["table", TABLE_ERROR_ROWS],
  ["rfm", RFM_ERROR_ROWS],
  ["cluster", CLUSTER_ERROR_ROWS],
  ["clv", CLV_ERROR_ROWS],
  ["promo", PROMO_ERROR_ROWS],
  ["member", MEMBER_ERROR_ROWS],
  ["report", REPORT_ERROR_ROWS],
  ["yoy", YOY_ERROR_ROWS],
  ["sql", SQL_ERROR_ROWS],
];
