import { CoreError } from "../errors";
import { resolveRoleOverrides, resolveTypeOverrides } from "./column-overrides";
import { ROLE_TYPES } from "./role-types";
import { assignRoles } from "./roles";
import { numberDecidedRoles } from "./type-decided-roles";
import type { ColumnRole, ColumnType, TableOptions } from "./types";
import { uniqueColumnNames } from "./unique-name";

/** Rows looked at to decide whether the first one is a header. */
export const HEADER_SAMPLE_ROWS = 51;

/** One column of the table to build: its unique name, header text, role and the type it must have (if any). */
export interface PlannedColumn {
  readonly name: string;
  readonly header: string;
  readonly role: ColumnRole | null;
  /** The user's type, else the role's type; undefined means "infer it". */
  readonly knownType: ColumnType | undefined;
}

/**
 * The part of building a table that does not depend on where the cells come from (a grid or CSV text
 * cells): unique names, roles (the user's, then recognised from the headers) and known types. A header
 * that names two roles ("SKU": a SKU id, or the SKU count when the column holds numbers) is settled by
 * the column's type: the user's, else `inferType(position)` over its cells (numberDecidedRoles); without
 * `inferType`, the header's own role stands.
 *
 * Cost: O(columns²) at most (role assignment), plus one inference per column headed "SKU".
 *
 * @throws CoreError UNKNOWN_COLUMN, UNKNOWN_ROLE, UNKNOWN_TYPE, COLUMN_ROLE_CONFLICT
 * @example planColumns(["Customer ID", "Sales"], {}).map((column) => column.role) // ["memberId", "amount"]
 * @example planColumns(["Product ID", "SKU"], {}, () => "number").map((column) => column.role) // ["productId", "skuCount"]
 */
export function planColumns(
  headers: readonly string[],
  options: TableOptions,
  inferType?: (position: number) => ColumnType,
): PlannedColumn[] {
  const names = uniqueColumnNames(headers);
  const named = names.map((name, index) => ({ name, header: headers[index] ?? "" }));
  const fixedRoles = resolveRoleOverrides(named, options.roles);
  const forcedTypes = resolveTypeOverrides(named, options.types);
  let roles = assignRoles(headers, fixedRoles);
  if (inferType !== undefined) {
    const typeOf = (position: number): ColumnType => forcedTypes.get(position) ?? inferType(position);
    const decided = numberDecidedRoles(headers, roles, fixedRoles, typeOf);
    if (decided.size > 0) roles = assignRoles(headers, new Map([...fixedRoles, ...decided]));
  }
  return named.map(({ name, header }, position) => {
    const role = roles[position] ?? null;
    return {
      name,
      header,
      role,
      knownType: forcedTypes.get(position) ?? (role === null ? undefined : ROLE_TYPES[role]),
    };
  });
}

/**
 * @throws CoreError INVALID_OPTION when todaySerial is given but not a finite number, or dayOrder /
 *   numberStyle is not one of its values (options may come from a worker message)
 */
export function checkTableOptions(options: TableOptions): void {
  const { dayOrder, numberStyle } = options as { dayOrder?: unknown; numberStyle?: unknown };
  if (dayOrder !== undefined && dayOrder !== "dmy" && dayOrder !== "mdy") {
    throw new CoreError(
      "INVALID_OPTION",
      `The day order of dates must be day-month-year ("dmy") or month-day-year ("mdy"); got "${String(dayOrder)}".`,
    );
  }
  if (numberStyle !== undefined && numberStyle !== "dot" && numberStyle !== "comma") {
    throw new CoreError(
      "INVALID_OPTION",
      `The decimal mark must be a dot ("dot") or a comma ("comma"); got "${String(numberStyle)}".`,
    );
  }
  if (options.todaySerial !== undefined && !Number.isFinite(options.todaySerial)) {
    throw new CoreError("INVALID_OPTION", "Today's date must be a date (an Excel serial day number).");
  }
}

/** The error for a block with a header and nothing under it (both readers say it in the same words). */
export function noDataRowsError(headerRowNumber: number): CoreError {
  return new CoreError(
    "NO_DATA_ROWS",
    `The selection has a header row (row ${headerRowNumber}) but no data rows below it: select the header and at least one row of data.`,
  );
}
