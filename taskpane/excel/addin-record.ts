import {
  ADDIN_NAME_COMMENT,
  ADDIN_NAME_PREFIX,
  ADDIN_SHEETS_SETTING,
  addInSheetIds,
  idsOfSession,
  readNameRecord,
  type NameRecord,
} from "./addin-sheets";
import type {
  NamedItemCollectionLike,
  RequestContextLike,
  SettingLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from "./excel-shape";

/** The loads of one request that tell which sheets are the add-in's. */
export interface QueuedRecordRead {
  readonly sheets: WorksheetCollectionLike;
  readonly setting: SettingLike;
  readonly names: NamedItemCollectionLike;
}

/** The workbook's sheets, in tab order, and which of them are the add-in's. */
export interface AddInRecord {
  readonly sheets: readonly { readonly name: string; readonly id: string; readonly position: number }[];
  readonly addInIds: readonly string[];
  readonly names: NameRecord;
}

/** Queues the loads: sheet names, ids and positions, the id setting, and the workbook's names with formulas. */
export function queueRecordRead(context: RequestContextLike): QueuedRecordRead {
  const { workbook } = context;
  const setting = workbook.settings.getItemOrNullObject(ADDIN_SHEETS_SETTING);
  setting.load("value");
  return {
    sheets: workbook.worksheets.load("items/name,items/id,items/position"),
    setting,
    names: workbook.names.load("items/name,items/formula"),
  };
}

/** After the sync: which sheets are the add-in's (addin-sheets.ts). */
export function readRecord(read: QueuedRecordRead, session: string): AddInRecord {
  const sheets = read.sheets.items.map(({ name, id, position }) => ({ name, id, position }));
  const names = readNameRecord(read.names.items.map(({ name, formula }) => ({ name, formula })));
  const sessionIds = read.setting.isNullObject ? [] : idsOfSession(read.setting.value, session);
  return { sheets, addInIds: addInSheetIds(sheets, sessionIds, names), names };
}

/**
 * Queues the record after a write: this session's ids of the add-in's sheets in the setting, a hidden name for a
 * new sheet that refers to the whole sheet, and the removal of the add-in's names whose sheet is gone.
 */
export function queueRecordWrite(
  context: RequestContextLike,
  record: AddInRecord,
  session: string,
  ids: readonly string[],
  newSheet: WorksheetLike | null,
): void {
  const { workbook } = context;
  workbook.settings.add(ADDIN_SHEETS_SETTING, { session, ids: [...ids] });
  for (const name of record.names.dangling) workbook.names.getItem(name).delete();
  if (newSheet === null) return;
  const name = workbook.names.add(
    `${ADDIN_NAME_PREFIX}${record.names.nextIndex}`,
    newSheet.getRange(),
    ADDIN_NAME_COMMENT,
  );
  name.visible = false;
}
