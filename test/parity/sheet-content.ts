import type { ResultSheet } from "../../src/report/types";

/** A sheet without its run record (input address, time, the door's own parameters): what every door shares. */
export function sheetContent(sheet: ResultSheet): Omit<ResultSheet, "runRecord"> {
  const { runRecord: _runRecord, ...content } = sheet;
  return content;
}
