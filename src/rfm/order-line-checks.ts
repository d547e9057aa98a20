import { CoreError } from "../errors";
import { plainName } from "../plain-name";
import { isExcelSerialDay, serialDayToIsoDate } from "../table/excel-serial";

/** Throws COLUMN_LENGTH_MISMATCH unless every given column has `rowCount` rows. */
export function checkColumnLengths(
  functionName: string,
  rowCount: number,
  columns: Readonly<Record<string, ArrayLike<unknown> | undefined>>,
): void {
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== rowCount) {
      throw new CoreError(
        "COLUMN_LENGTH_MISMATCH",
        `The ${plainName(name)} column has ${column.length} rows but the member ids have ${rowCount}`,
      );
    }
  }
}

/**
 * The as-of day: the given serial's day, or the day after the latest order. Throws AS_OF_NOT_A_DATE for a
 * non-date and AS_OF_BEFORE_LAST_ORDER for a day before the latest order (recency would be negative).
 */
export function resolveAsOfDay(
  functionName: string,
  asOfSerial: number | undefined,
  latestOrderDay: number,
): number {
  if (asOfSerial === undefined) return latestOrderDay + 1;
  if (!isExcelSerialDay(asOfSerial)) {
    throw new CoreError("AS_OF_NOT_A_DATE", `The as-of date must be a date (got ${String(asOfSerial)})`);
  }
  const asOfDay = Math.floor(asOfSerial);
  if (asOfDay < latestOrderDay) {
    throw new CoreError(
      "AS_OF_BEFORE_LAST_ORDER",
      `The as-of date ${serialDayToIsoDate(asOfDay)} is before the latest order ${serialDayToIsoDate(latestOrderDay)}`,
      {
        argument: "asOfSerial",
        value: serialDayToIsoDate(asOfDay),
        bound: serialDayToIsoDate(latestOrderDay),
      },
    );
  }
  return asOfDay;
}
