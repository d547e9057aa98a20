import { isoFromExcelSerial } from "../src/table/excel-serial";

/**
 * isoFromExcelSerial with each serial's text kept: a --json document of every member writes a date or two per
 * member, but a full sheet spans a few hundred distinct days. Formatting each of 192,554 members' dates anew
 * left 55 MB of garbage (a parts object and padded pieces per call) and 192,554 copies of ~700 strings; the
 * kept texts make cycle and clv --json on a full sheet 100 MB and more lighter at their peak (issue 14).
 *
 * Cost: O(1) per call; memory: one string per distinct serial.
 *
 * @throws CoreError SERIAL_OUT_OF_RANGE, as isoFromExcelSerial
 * @example const iso = isoDateMemo(); [iso(45291), iso(45291)] // ["2023-12-31", "2023-12-31"] (formatted once)
 */
export function isoDateMemo(): (serial: number) => string {
  const texts = new Map<number, string>();
  return (serial) => {
    let text = texts.get(serial);
    if (text === undefined) texts.set(serial, (text = isoFromExcelSerial(serial)));
    return text;
  };
}
