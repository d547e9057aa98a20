/** Excel's limit on a worksheet name's length (characters). */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Lower-case names Excel will not accept for a new sheet: "History" is reserved. */
const RESERVED = new Set(["history"]);

/**
 * A name Excel accepts, from a localised base name: the characters : \ / ? * [ ] become "_", surrounding
 * blanks and apostrophes go (a name may not begin or end with an apostrophe), at most 31 characters, and
 * "Result" when nothing is left.
 *
 * @example sanitizeSheetName("Q1/Q2 [draft]") // "Q1_Q2 _draft_"
 */
export function sanitizeSheetName(baseName: string): string {
  const cleaned = baseName.replace(/[:\\/?*[\]]/g, "_").replace(/^[\s']+|[\s']+$/g, "");
  const name = truncate(cleaned, MAX_SHEET_NAME_LENGTH);
  return name.length === 0 ? "Result" : name;
}

/**
 * The first free name among base, "base (2)", "base (3)", ... Excel compares sheet names without regard to
 * case, so "segments" is taken when "Segments" exists. The base is shortened so that the suffix fits in 31
 * characters.
 *
 * Cost: O(n) per candidate over the existing names.
 * @example uniqueSheetName("Segments", ["segments", "Segments (2)"]) // "Segments (3)"
 */
export function uniqueSheetName(baseName: string, existingNames: readonly string[]): string {
  const base = sanitizeSheetName(baseName);
  const taken = new Set([...existingNames.map((name) => name.toLowerCase()), ...RESERVED]);
  for (let counter = 1; ; counter++) {
    const suffix = counter === 1 ? "" : ` (${counter})`;
    const stem = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/[\s']+$/, "");
    const candidate = `${stem.length === 0 ? "Result" : stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** At most `length` UTF-16 units, never splitting a surrogate pair. */
function truncate(text: string, length: number): string {
  let result = "";
  for (const character of text) {
    if (result.length + character.length > length) break;
    result += character;
  }
  return result;
}
