import type { ResultSheet } from "../../src/report/types";
import type { AddInRecord } from "./addin-record";
import type { RequestContextLike, SettingLike } from "./excel-shape";
import type { ReplaceTarget } from "./replace-in-place";

/**
 * The latest run of each of the pane's features, so that a rerun can rewrite its sheets in place and formulas that
 * read them (=Segments!B5) see the new result (docs/decisions.md, "Reruns replace the previous run's sheets"). One
 * workbook setting per feature, read in the request that starts every write and written in the one that ends it.
 * A sheet is held by the hidden name that marks it (addin-sheets.ts), which follows a rename and dies with the
 * sheet, so a renamed sheet (the user keeps it) or a deleted one is told apart from the sheet as it was written.
 */
export const PREVIOUS_RUN_SETTING_PREFIX = "commerceAnalytics.previousRun.";

/** One sheet of a run as the setting holds it: its name then, its marker name, and the ids of its tables. */
export interface StoredSheet {
  readonly name: string;
  readonly marker: string;
  readonly tableIds: readonly string[];
}

export interface StoredRun {
  /** The choice of the latest run that had sheets to replace; null until one had. */
  readonly replace: boolean | null;
  readonly sheets: readonly StoredSheet[];
}

/** A sheet of the previous run as it is now. */
export type PreviousSheet =
  | { readonly name: string; readonly state: "present" }
  | { readonly name: string; readonly state: "renamed"; readonly currentName: string }
  | { readonly name: string; readonly state: "deleted" };

export interface PreviousRun {
  /** Replace the previous run's sheets, as chosen for the latest run that could; null before any such run. */
  readonly replace: boolean | null;
  readonly sheets: readonly PreviousSheet[];
}

/** Which new sheet replaces which sheet of the previous run, and the previous sheets that could not be replaced. */
export interface Replacements {
  readonly targets: readonly (ReplaceTarget | null)[];
  readonly notReplaced: readonly (PreviousSheet | null)[];
}

export function queuePreviousRunRead(context: RequestContextLike, feature: string): SettingLike {
  const setting = context.workbook.settings.getItemOrNullObject(PREVIOUS_RUN_SETTING_PREFIX + feature);
  return setting.load("value");
}

export function queuePreviousRunWrite(context: RequestContextLike, feature: string, run: StoredRun): void {
  context.workbook.settings.add(PREVIOUS_RUN_SETTING_PREFIX + feature, run);
}

/** The stored run in a loaded setting, or null when there is none or it is not one (written by another version). */
export function storedRunOf(setting: SettingLike): StoredRun | null {
  return setting.isNullObject ? null : storedRunIn(setting.value);
}

/**
 * The stored run in a setting's value, or null when the value is not one.
 *
 * @example storedRunIn({ replace: true, sheets: [{ name: "Segments", marker: "CommerceAnalytics.ResultSheet.1", tableIds: ["segments.summary"] }] })?.sheets.length // 1
 * @example storedRunIn({ sheets: [{ name: "Segments" }] }) // null
 */
export function storedRunIn(setting: unknown): StoredRun | null {
  const value = setting as { replace?: unknown; sheets?: unknown } | null;
  if (typeof value !== "object" || value === null || !Array.isArray(value.sheets)) return null;
  const sheets = (value.sheets as unknown[]).filter(isStoredSheet);
  if (sheets.length !== value.sheets.length) return null;
  return { replace: typeof value.replace === "boolean" ? value.replace : null, sheets };
}

/** Where each stored sheet is now: the sheet its marker refers to, under the same name or another, or none. */
export function previousRunOf(stored: StoredRun, record: AddInRecord): PreviousRun {
  return { replace: stored.replace, sheets: stored.sheets.map((sheet) => resolve(sheet, record).previous) };
}

/**
 * Pairs each new sheet with the previous run's sheet of the same kind: the first one not yet paired that holds a
 * table of the same id (table ids are stable and do not depend on the language, src/report/types.ts). A pair is
 * replaced when asked and the previous sheet is still there under the name it was written with; otherwise the new
 * sheet is written beside it and the previous sheet is reported as not replaced.
 */
export function planReplacements(
  sheets: readonly ResultSheet[],
  stored: StoredRun | null,
  record: AddInRecord,
  replacePrevious: boolean,
): Replacements {
  const paired = new Set<number>();
  const targets: (ReplaceTarget | null)[] = [];
  const notReplaced: (PreviousSheet | null)[] = [];
  for (const sheet of sheets) {
    const tableIds = new Set(sheet.tables.map((table) => table.id));
    const index = !replacePrevious
      ? -1
      : (stored?.sheets.findIndex(
          (candidate, at) => !paired.has(at) && candidate.tableIds.some((id) => tableIds.has(id)),
        ) ?? -1);
    const match = index < 0 ? undefined : stored?.sheets[index];
    if (match === undefined) {
      targets.push(null);
      notReplaced.push(null);
      continue;
    }
    paired.add(index);
    const { previous, target } = resolve(match, record);
    targets.push(target);
    notReplaced.push(target === null ? previous : null);
  }
  return { targets, notReplaced };
}

/** True when the stored run has a sheet that a rerun could replace. */
export function hasReplaceableSheet(stored: StoredRun | null, record: AddInRecord): boolean {
  return stored !== null && stored.sheets.some((sheet) => resolve(sheet, record).target !== null);
}

function resolve(sheet: StoredSheet, record: AddInRecord) {
  const marked = [...record.names.bySheetName].find(([, marker]) => marker === sheet.marker);
  const current =
    marked === undefined ? undefined : record.sheets.find((each) => each.name.toLowerCase() === marked[0]);
  if (current === undefined) {
    return { previous: { name: sheet.name, state: "deleted" } as PreviousSheet, target: null };
  }
  // Excel compares sheet names ignoring case, and so does the user: "segments" is still the sheet as written.
  if (current.name.toLowerCase() !== sheet.name.toLowerCase()) {
    const previous: PreviousSheet = { name: sheet.name, state: "renamed", currentName: current.name };
    return { previous, target: null };
  }
  const previous: PreviousSheet = { name: sheet.name, state: "present" };
  return { previous, target: { id: current.id, name: current.name } as ReplaceTarget | null };
}

function isStoredSheet(value: unknown): value is StoredSheet {
  if (typeof value !== "object" || value === null) return false;
  const sheet = value as Partial<Record<keyof StoredSheet, unknown>>;
  return (
    typeof sheet.name === "string" &&
    typeof sheet.marker === "string" &&
    Array.isArray(sheet.tableIds) &&
    sheet.tableIds.every((id) => typeof id === "string")
  );
}
