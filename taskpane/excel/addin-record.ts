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

/** A sheet to mark as the add-in's with a hidden workbook-scoped name, and the name. */
export interface SheetMark {
  readonly sheet: WorksheetLike;
  readonly marker: string;
}

/**
 * Queues the record after a write: this session's ids of the add-in's sheets in the setting, a hidden name that
 * refers to the whole sheet for each sheet to mark (new sheets, and a replaced sheet known only by its id), and the
 * removal of the add-in's names whose sheet is gone.
 */
export function queueRecordWrite(
  context: RequestContextLike,
  record: AddInRecord,
  session: string,
  ids: readonly string[],
  marks: readonly SheetMark[],
): void {
  const { workbook } = context;
  workbook.settings.add(ADDIN_SHEETS_SETTING, { session, ids: [...ids] });
  for (const name of record.names.dangling) workbook.names.getItem(name).delete();
  for (const { sheet, marker } of marks) {
    const name = workbook.names.add(marker, sheet.getRange(), ADDIN_NAME_COMMENT);
    name.visible = false;
  }
}

/**
 * The marker of each written sheet: the one it has when it is one of the add-in's sheets rewritten in place, else a
 * new one, numbered from the record's next free number (so with Segments marked .1 and .2 the highest, a rewritten
 * Segments keeps .1 and two new sheets get .3 and .4); `isNew` says which are new.
 */
export function markersFor(
  record: AddInRecord,
  sheetNames: readonly string[],
  rewritten: readonly boolean[],
): { readonly marker: string; readonly isNew: boolean }[] {
  let next = record.names.nextIndex;
  return sheetNames.map((name, index) => {
    const existing = rewritten[index] === true ? record.names.bySheetName.get(name.toLowerCase()) : undefined;
    return existing === undefined
      ? { marker: `${ADDIN_NAME_PREFIX}${next++}`, isNew: true }
      : { marker: existing, isNew: false };
  });
}
