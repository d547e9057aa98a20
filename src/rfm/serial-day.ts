/** Last Excel serial day: 9999-12-31 in the 1900 date system. */
export const MAX_EXCEL_SERIAL_DAY = 2958465;

/** Serial day of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** True for a finite number inside Excel's date range 1 (1900-01-01) .. 2958465 (9999-12-31), time of day allowed. */
export function isExcelSerialDay(value: unknown): value is number {
  return typeof value === "number" && value >= 1 && value < MAX_EXCEL_SERIAL_DAY + 1;
}

/**
 * ISO date (yyyy-mm-dd) of an Excel serial day, by UTC arithmetic (no time zone). Serials below 61 are shifted
 * by one day because Excel counts the non-existent 1900-02-29 (serial 60), as Lotus 1-2-3 did.
 *
 * @example serialDayToIsoDate(39082) // "2006-12-31"
 */
export function serialDayToIsoDate(serialDay: number): string {
  const day = Math.floor(serialDay);
  const unixDays = day - UNIX_EPOCH_SERIAL + (day < 61 ? 1 : 0);
  return new Date(unixDays * MS_PER_DAY).toISOString().slice(0, 10);
}
