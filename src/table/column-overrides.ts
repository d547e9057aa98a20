import { CoreError } from "../errors";
import { roleDisplayName } from "../i18n/role-name";
import { COLUMN_ROLES, normalizeHeader } from "./roles";
import type { ColumnRole, ColumnType } from "./types";

export interface NamedColumn {
  readonly name: string;
  readonly header: string;
}

/**
 * Index of the column a user named: its unique name exactly, else its name or header ignoring case, spaces,
 * "_" and "-" (so `--member customer_id` finds "Customer ID"). Cost: O(columns).
 *
 * @example findColumnIndex([{ name: "Customer ID", header: "Customer ID" }], "customer_id", "role memberId") // 0
 *
 * @throws CoreError UNKNOWN_COLUMN naming the available columns
 */
export function findColumnIndex(columns: readonly NamedColumn[], wanted: string, forWhat: string): number {
  const exact = columns.findIndex((column) => column.name === wanted);
  if (exact !== -1) return exact;
  const key = normalizeHeader(wanted);
  const loose = columns.findIndex(
    (column) =>
      normalizeHeader(column.name) === key ||
      (column.header !== "" && normalizeHeader(column.header) === key),
  );
  if (loose !== -1) return loose;
  const available = columns.map((column) => `"${column.name}"`).join(", ");
  throw new CoreError(
    "UNKNOWN_COLUMN",
    `No column is named "${wanted}" for ${forWhat} (columns: ${available}).`,
    { argument: forWhat, value: wanted, bound: available },
  );
}

/**
 * Column index → role from the user's role choices. Cost: O(roles × columns).
 *
 * @example [...resolveRoleOverrides([{ name: "Buyer", header: "Buyer" }], { memberId: "Buyer" })] // [[0, "memberId"]]
 *
 * @throws CoreError UNKNOWN_ROLE, UNKNOWN_COLUMN, COLUMN_ROLE_CONFLICT (one column given two roles)
 */
export function resolveRoleOverrides(
  columns: readonly NamedColumn[],
  roles: Partial<Record<ColumnRole, string>> | undefined,
): Map<number, ColumnRole> {
  const fixed = new Map<number, ColumnRole>();
  for (const [role, wanted] of Object.entries(roles ?? {})) {
    if (wanted === undefined) continue;
    if (!(COLUMN_ROLES as readonly string[]).includes(role)) {
      throw new CoreError("UNKNOWN_ROLE", `"${role}" is not a column role this add-in knows.`);
    }
    const index = findColumnIndex(columns, wanted, roleDisplayName("en", role));
    const taken = fixed.get(index);
    if (taken !== undefined) {
      throw new CoreError(
        "COLUMN_ROLE_CONFLICT",
        `Column "${columns[index]?.name}" was given two roles (${taken} and ${role}): give it one.`,
      );
    }
    fixed.set(index, role as ColumnRole);
  }
  return fixed;
}

/**
 * Column index → type from the user's type choices. Cost: O(types × columns).
 *
 * @example [...resolveTypeOverrides([{ name: "Zip", header: "Zip" }], { Zip: "text" })] // [[0, "text"]]
 *
 * @throws CoreError UNKNOWN_COLUMN, UNKNOWN_TYPE
 */
export function resolveTypeOverrides(
  columns: readonly NamedColumn[],
  types: Readonly<Record<string, ColumnType>> | undefined,
): Map<number, ColumnType> {
  const forced = new Map<number, ColumnType>();
  for (const [wanted, type] of Object.entries(types ?? {})) {
    if (!["number", "date", "text", "boolean"].includes(type)) {
      throw new CoreError(
        "UNKNOWN_TYPE",
        `"${String(type)}" is not a column type (number, date, text or yes/no) for "${wanted}".`,
      );
    }
    forced.set(findColumnIndex(columns, wanted, `type ${type}`), type);
  }
  return forced;
}
