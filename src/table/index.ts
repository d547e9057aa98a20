/** The table module's public surface: range → typed table, column roles, data-quality report. */
export type {
  BooleanColumn,
  Column,
  ColumnRole,
  ColumnType,
  DateColumn,
  NumberColumn,
  QualityExample,
  QualityIssue,
  RawGrid,
  Table,
  TableOptions,
  TextColumn,
} from "./types";
export { tableFromGrid } from "./table-from-grid";
export { columnByRole, requireColumn, usableRows } from "./column-access";
export type { ColumnOfType, UsableRows } from "./column-access";
export { QUALITY_RULES } from "./quality";
export type { QualityRule } from "./quality";
export { COLUMN_ROLES, assignRoles, normalizeHeader, roleOfHeader } from "./roles";
export { ROLE_TYPES, KEY_ROLES, NON_NEGATIVE_ROLES } from "./role-types";
export { ROLE_PATTERNS } from "./role-patterns";
export { detectHeader } from "./header";
export { inferColumnType, TYPE_THRESHOLD } from "./infer-type";
export { uniqueColumnNames } from "./unique-name";
export { parseNumberText } from "./parse-number";
export { parseDateText, dayOrderEvidence, serialFromCompactDate } from "./parse-date";
export type { DayOrder } from "./parse-date";
export { isDateNumberFormat } from "./number-format";
export { EXCEL_ERROR_VALUES, excelErrorOf, isBlankCell, displayCell } from "./cell-value";
export {
  excelSerialFromParts,
  excelSerialFromEpochMs,
  excelSerialToParts,
  isoFromExcelSerial,
  MAX_EXCEL_SERIAL,
} from "./excel-serial";
export type { DateTimeParts } from "./excel-serial";
