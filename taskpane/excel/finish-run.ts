import type { ResultSheet } from "../../src/report/types";
import { formatAddress } from "./a1-address";
import { markersFor, queueRecordWrite, type AddInRecord } from "./addin-record";
import type { SheetLayout } from "./layout-types";
import { hasReplaceableSheet, queuePreviousRunWrite, type PreviousRun, type StoredRun } from "./previous-run";
import { queueRewrite, queueTargetRead, type ReplaceTarget, type TargetContents } from "./replace-in-place";
import { syncWithRetry } from "./sync-retry";
import { replaceIncomplete, withoutLeftovers, type CreatedSheet } from "./write-failure";
import {
  queueDecorations,
  suspendCalculation,
  suspendScreenUpdating,
  tableRect,
  type WriteContext,
} from "./write-steps";

/** Everything the end of a write needs: what was read at its start and what it created since. */
export interface RunToFinish {
  readonly record: AddInRecord;
  readonly stored: StoredRun | null;
  readonly run: { readonly feature: string; readonly replacePrevious?: boolean } | undefined;
  readonly sheets: readonly ResultSheet[];
  readonly layouts: readonly SheetLayout[];
  /** One per sheet, in order: the new sheet, or the staging sheet of a sheet that replaces its target. */
  readonly created: readonly CreatedSheet[];
  readonly targets: readonly (ReplaceTarget | null)[];
  readonly activate: boolean;
}

/**
 * The end of a write: when sheets are replaced, one request reads them (name, tables, charts); then one request,
 * the only one with screen updating suspended, finishes every sheet: a new sheet gets its decorations, a replaced
 * one is rewritten in place from its staging sheet (replace-in-place.ts). The same request writes the add-in's
 * record (ids, a marker name per new sheet), the feature's run (previous-run.ts) and activates the first sheet.
 *
 * @returns each sheet's final name, and the feature's run as now remembered
 * @throws the read's or the last request's error after removing what the write created; REPLACE_INCOMPLETE when
 *   the last request failed with sheets to replace, which Excel may have applied in part
 */
export async function finishRun(
  write: WriteContext,
  finish: RunToFinish,
): Promise<{ readonly names: string[]; readonly previousRun: PreviousRun | null }> {
  const { context } = write;
  const { record, created, targets } = finish;
  const replaced = targets.filter((target): target is ReplaceTarget => target !== null);
  let contents: (TargetContents | null)[];
  try {
    contents =
      replaced.length === 0
        ? targets.map(() => null)
        : await syncWithRetry(
            context,
            () => targets.map((target) => (target === null ? null : queueTargetRead(context, target))),
            write.retry,
          );
  } catch (error) {
    // Nothing of the targets has changed yet: the write is undone as if it had failed earlier.
    throw await withoutLeftovers(write, created, error);
  }
  const names = created.map((each, index) => contents[index]?.sheet.name ?? each.name);
  const markers = markersFor(
    record,
    targets.map((target, index) => target?.name ?? names[index] ?? ""),
    contents.map((each) => each !== null),
  );
  const choice = nextChoice(finish);
  const stored: StoredRun = {
    replace: choice,
    sheets: names.map((name, index) => ({
      name,
      marker: markers[index]?.marker ?? "",
      tableIds: (finish.sheets[index]?.tables ?? []).map((table) => table.id),
    })),
  };
  try {
    await syncWithRetry(
      context,
      () => {
        suspendCalculation(context);
        suspendScreenUpdating(write);
        const finals = created.map((each, index) => {
          const target = contents[index] ?? null;
          const layout = finish.layouts[index];
          if (layout === undefined) throw new Error(`finishRun: no layout for sheet ${index}`);
          if (target === null) queueDecorations(each.sheet, layout);
          else queueRewrite(each.sheet, target, layout);
          return target === null ? each.sheet : target.sheet;
        });
        const newIds = created.filter((_each, index) => contents[index] === null).map((each) => each.id);
        const marks = finals
          .map((sheet, index) => ({
            sheet,
            marker: markers[index]?.marker ?? "",
            isNew: markers[index]?.isNew,
          }))
          .filter((mark) => mark.isNew === true);
        queueRecordWrite(context, record, write.session, [...record.addInIds, ...newIds], marks);
        if (finish.run !== undefined) queuePreviousRunWrite(context, finish.run.feature, stored);
        if (finish.activate) finals[0]?.activate();
      },
      write.retry,
    );
  } catch (error) {
    if (replaced.length > 0) throw await replaceIncomplete(write, created, replaced, error);
    throw await withoutLeftovers(write, created, error);
  }
  const previousRun =
    finish.run === undefined
      ? null
      : { replace: choice, sheets: names.map((name) => ({ name, state: "present" as const })) };
  return { names, previousRun };
}

/** Sheet-qualified address of each table's header and rows, by table id. */
export function tableAddresses(layout: SheetLayout, sheetName: string): Record<string, string> {
  return Object.fromEntries(
    layout.tables.map((table) => [table.tableId, formatAddress(tableRect(table), sheetName)]),
  );
}

/** The choice to remember: this run's, when it had sheets it could replace and was asked; else the one before. */
function nextChoice(finish: RunToFinish): boolean | null {
  const asked = finish.run?.replacePrevious;
  if (asked !== undefined && hasReplaceableSheet(finish.stored, finish.record)) return asked;
  return finish.stored?.replace ?? null;
}
