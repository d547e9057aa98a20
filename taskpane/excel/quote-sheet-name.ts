import { MAX_COLUMNS, MAX_ROWS } from "./grid";

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain identifier, otherwise in single
 * quotes with inner apostrophes doubled ("My Sheet" → 'My Sheet', "It's" → 'It''s'). Names that start with a
 * digit or a dot, or look like a cell reference (A1, R1C1), are quoted too. Excel's rules are unpublished; these
 * follow the observations in jmcnamara/XlsxWriter issue 1078 (word characters and dots need no quotes).
 *
 * @example quoteSheetName("Segments (2)") // "'Segments (2)'"
 */
export function quoteSheetName(sheetName: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}\p{M}_.]*$/u.test(sheetName);
  if (plain && !looksLikeCellReference(sheetName)) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A1 reference inside the grid ("A1", "xfd1048576") or an R1C1-style one ("R1C1", "RC", "R2"). */
function looksLikeCellReference(name: string): boolean {
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return true;
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (match === null) return false;
  const row = Number(match[2]);
  return row >= 1 && row <= MAX_ROWS && columnIndexOfOrNull(match[1] ?? "") !== null;
}

function columnIndexOfOrNull(letters: string): number | null {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index >= 1 && index <= MAX_COLUMNS ? index - 1 : null;
}
