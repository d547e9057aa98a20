import { ROLE_PATTERNS } from "./role-patterns";
import type { ColumnRole } from "./types";

/** Every role, in the order the role dropdowns list them. */
export const COLUMN_ROLES = Object.keys(ROLE_PATTERNS) as readonly ColumnRole[];

/**
 * A header reduced for comparison: full-width forms folded (NFKC), lower case, and spaces, "_", "-", ".",
 * "·", ":" and quotes removed, so "Member_Id", "member id" and "ＭｅｍｂｅｒＩＤ" all become "memberid".
 *
 * Cost: O(length).
 *
 * @example normalizeHeader(" Customer_ID ") // "customerid"
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.·:'"`]+/g, "");
}

interface Candidate {
  readonly columnIndex: number;
  readonly role: ColumnRole;
  /** 3 exact, 2 exact once a bracketed unit is removed ("金额(元)"), 1 contains a keyword. */
  readonly score: number;
  readonly matchedLength: number;
}

const EXACT = new Map<string, ColumnRole>();
const CONTAINS: { readonly keyword: string; readonly role: ColumnRole }[] = [];
for (const role of COLUMN_ROLES) {
  for (const word of ROLE_PATTERNS[role].exact) EXACT.set(normalizeHeader(word), role);
  for (const word of ROLE_PATTERNS[role].contains) CONTAINS.push({ keyword: normalizeHeader(word), role });
}

/**
 * Recognises column roles from header texts (English, Traditional and Simplified Chinese; see ROLE_PATTERNS).
 * Each role goes to at most one column and each column gets at most one role: candidates are taken best
 * first (exact header, then exact without a bracketed unit, then a keyword inside the header; a longer
 * keyword first; then the leftmost column). A column with no candidate left gets null.
 * `fixed` (column index → role, e.g. the user's choices) is kept and takes its roles and columns out of play.
 *
 * Cost: O(columns × keywords).
 *
 * @example assignRoles(["Customer ID", "Order Date", "Sales", "Note"]) // ["memberId", "orderDate", "amount", null]
 */
export function assignRoles(
  headers: readonly string[],
  fixed: ReadonlyMap<number, ColumnRole> = new Map(),
): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = headers.map((_, index) => fixed.get(index) ?? null);
  const usedRoles = new Set<ColumnRole>(fixed.values());
  const candidates = headers.flatMap((header, columnIndex) =>
    fixed.has(columnIndex) ? [] : candidatesFor(header, columnIndex),
  );
  candidates.sort(
    (a, b) => b.score - a.score || b.matchedLength - a.matchedLength || a.columnIndex - b.columnIndex,
  );
  for (const candidate of candidates) {
    if (usedRoles.has(candidate.role) || roles[candidate.columnIndex] !== null) continue;
    roles[candidate.columnIndex] = candidate.role;
    usedRoles.add(candidate.role);
  }
  return roles;
}

/**
 * The role a single header suggests on its own (best candidate), or null. For UI hints; tables use
 * assignRoles, which also resolves competition between columns.
 *
 * Cost: O(keywords).
 *
 * @example roleOfHeader("訂單日期") // "orderDate"
 */
export function roleOfHeader(header: string): ColumnRole | null {
  return assignRoles([header])[0] ?? null;
}

function candidatesFor(header: string, columnIndex: number): Candidate[] {
  const normalized = normalizeHeader(header);
  if (normalized === "") return [];
  const exactRole = EXACT.get(normalized);
  if (exactRole !== undefined)
    return [{ columnIndex, role: exactRole, score: 3, matchedLength: normalized.length }];
  const withoutUnit = normalizeHeader(header.replace(/[(（[【].*?[)）\]】]/g, ""));
  const unitRole = withoutUnit === "" ? undefined : EXACT.get(withoutUnit);
  if (unitRole !== undefined)
    return [{ columnIndex, role: unitRole, score: 2, matchedLength: withoutUnit.length }];
  return CONTAINS.filter(({ keyword }) => normalized.includes(keyword)).map(({ keyword, role }) => ({
    columnIndex,
    role,
    score: 1,
    matchedLength: keyword.length,
  }));
}
