import { parseAddress } from "./a1-address";

/**
 * How the add-in recognises the sheets it wrote (docs/decisions.md, "Recognising the add-in's sheets").
 *
 * Worksheet ids are the fast path, but only within the session that saw them: an id "remains constant within a
 * single session but will change between sessions" (OfficeDev/office-js-docs issue 297; office-js issue 1390),
 * and after a reopen ids are handed out by position ({00000000-0001-0000-0000-000000000000}, …), so an id kept
 * from an earlier session may now belong to a sheet of the user's. The ids go into a workbook setting with a
 * token of the session that wrote them, and ids of another session are ignored.
 *
 * What lasts is a hidden workbook-scoped name per sheet, CommerceAnalytics.ResultSheet.<n>, that refers to the
 * whole sheet. Excel keeps a name's reference on the sheet itself: renaming the sheet rewrites it, deleting the
 * sheet turns it into =#REF!… (office-js issue 3583), and a whole-sheet reference survives deleted rows. A sheet
 * the user copies gets no workbook-scoped name, so the copy is the user's.
 */
export const ADDIN_SHEETS_SETTING = "commerceAnalytics.resultSheetIds";
export const ADDIN_NAME_PREFIX = "CommerceAnalytics.ResultSheet.";
export const ADDIN_NAME_COMMENT = "Marks a result sheet of the Commerce Analytics add-in";

/** What the setting holds: the ids of the add-in's sheets and the session they are valid in. */
export interface SheetIdRecord {
  readonly session: string;
  readonly ids: readonly string[];
}

/** A workbook name as loaded: its name and formula ("=Segments!$1:$1048576"). */
export interface LoadedName {
  readonly name: string;
  readonly formula: unknown;
}

/** The add-in's names: by the lower-case name of the sheet each refers to, and those whose sheet is gone. */
export interface NameRecord {
  readonly bySheetName: ReadonlyMap<string, string>;
  readonly dangling: readonly string[];
  /** The number for the next name: one above the highest in use. */
  readonly nextIndex: number;
}

/**
 * The ids in the setting when it was written in this session; none otherwise (another session, or the bare id
 * list the add-in stored before sessions were recorded, which cannot be told from a stale one).
 *
 * @example idsOfSession({ session: "s1", ids: ["{A}"] }, "s1") // ["{A}"]; idsOfSession(["{A}"], "s1") // []
 */
export function idsOfSession(value: unknown, session: string): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const record = value as { session?: unknown; ids?: unknown };
  if (record.session !== session || !Array.isArray(record.ids)) return [];
  return record.ids.filter((id): id is string => typeof id === "string");
}

/**
 * Reads the add-in's names among the workbook's: which sheet each refers to, by parsing its formula, and which
 * refer to no sheet any more.
 *
 * Cost: O(names).
 * @example readNameRecord([{ name: "CommerceAnalytics.ResultSheet.2", formula: "='Seg (2)'!$1:$1048576" }]).bySheetName // Map { "seg (2)" => "CommerceAnalytics.ResultSheet.2" }
 */
export function readNameRecord(names: readonly LoadedName[]): NameRecord {
  const bySheetName = new Map<string, string>();
  const dangling: string[] = [];
  let highest = 0;
  for (const { name, formula } of names) {
    if (!name.startsWith(ADDIN_NAME_PREFIX)) continue;
    highest = Math.max(highest, Number(name.slice(ADDIN_NAME_PREFIX.length)) || 0);
    const sheetName = referredSheet(formula);
    if (sheetName === null) dangling.push(name);
    else bySheetName.set(sheetName.toLowerCase(), name);
  }
  return { bySheetName, dangling, nextIndex: highest + 1 };
}

/**
 * Ids of the sheets that are the add-in's: in this session's id list, or referred to by one of its names.
 *
 * @example addInSheetIds([{ name: "Segments", id: "{B}" }], [], readNameRecord([...a name for Segments])) // ["{B}"]
 */
export function addInSheetIds(
  sheets: readonly { readonly name: string; readonly id: string }[],
  sessionIds: readonly string[],
  names: NameRecord,
): string[] {
  return sheets
    .filter((sheet) => sessionIds.includes(sheet.id) || names.bySheetName.has(sheet.name.toLowerCase()))
    .map((sheet) => sheet.id);
}

/** A token for this run of the add-in's code: a new one whenever the file is opened again. */
export function newSessionToken(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** "Seg (2)" for "='Seg (2)'!$1:$1048576"; null for "=#REF!$1:$1048576" or anything that is not a reference. */
function referredSheet(formula: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  try {
    const { sheetName } = parseAddress(formula.slice(1));
    return sheetName === undefined || sheetName.startsWith("#REF") ? null : sheetName;
  } catch {
    return null;
  }
}
