/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], no ' at either end, not blank, unique ignoring case. */
export function uniqueSheetName(baseName: string, taken: Set<string>): string {
  const cleaned =
    baseName
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = cleaned;
  for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++) {
    const tail = ` (${suffix})`;
    candidate = cleaned.slice(0, 31 - tail.length) + tail;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * An Excel table name from a report table id ("intake.columns" → "intake_columns"), unique in the workbook:
 * letters, digits and "_" only, not starting with a digit, and not like a cell reference ("AB12", "R1C1"),
 * which Excel rejects (and repairs the file).
 */
export function tableName(id: string, taken: Set<string>): string {
  let cleaned =
    id
      .replace(/[^A-Za-z0-9_]/g, "_")
      .replace(/^([^A-Za-z_])/, "_$1")
      .slice(0, 200) || "Table";
  if (/^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/.test(cleaned)) cleaned = `_${cleaned}`;
  let candidate = cleaned;
  for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++) candidate = `${cleaned}_${suffix}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
