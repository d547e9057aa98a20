/**
 * Unique, non-blank column names from header texts, as Excel tables need them: a blank header becomes
 * "Column N" (N = 1-based position), a repeated one gets " (2)", " (3)", … (compared case-insensitively, as
 * Excel does). Like Arquero's `unique-name.js`, a generated name never collides with a later header.
 *
 * Cost: O(n) expected.
 *
 * @example uniqueColumnNames(["Amount", "", "amount", "Amount (2)"]) // ["Amount", "Column 2", "amount (3)", "Amount (2)"]
 */
export function uniqueColumnNames(headers: readonly string[]): string[] {
  const taken = new Set(headers.map((header) => header.trim().toLowerCase()).filter((key) => key !== ""));
  const seen = new Set<string>();
  return headers.map((rawHeader, index) => {
    const header = rawHeader.trim();
    const base = header === "" ? `Column ${index + 1}` : header;
    const key = base.toLowerCase();
    if (!seen.has(key) && (header !== "" || !taken.has(key))) {
      seen.add(key);
      return base;
    }
    for (let suffix = 2; ; suffix++) {
      const candidate = `${base} (${suffix})`;
      const candidateKey = candidate.toLowerCase();
      if (!seen.has(candidateKey) && !taken.has(candidateKey)) {
        seen.add(candidateKey);
        return candidate;
      }
    }
  });
}
