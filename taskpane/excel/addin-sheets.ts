/**
 * How the add-in recognises the sheets it wrote: the ids of those worksheets are kept in one workbook setting
 * (`workbook.settings`, ExcelApi 1.4, "per file and add-in"). Worksheet ids survive renames and moves
 * (Excel.Worksheet.id: "The value of the identifier remains the same even when the worksheet is renamed or
 * moved"), a user's sheet that happens to have the same name is never mistaken for ours, a copy the user
 * makes of one of ours gets a new id and so becomes theirs, and listing needs one request at the ExcelApi 1.7
 * baseline (a worksheet custom property would need ExcelApi 1.12 and a request per sheet).
 */
export const ADDIN_SHEETS_SETTING = "commerceAnalytics.resultSheetIds";

/** The ids stored in the setting; anything unexpected counts as no ids. */
export function parseAddInSheetIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is string => typeof id === "string");
}
