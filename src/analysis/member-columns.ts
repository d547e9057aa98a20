import type { KeyCell } from "../member/cells";
import { optionalKeys, requiredKeys } from "../table/column-reader";
import { requireColumn } from "../table/column-access";
import type { Table } from "../table/types";
import { isCoreError } from "../errors";
import type { CoreErrorCode } from "../error-codes";

/** Member ids and, when the table has the column, order ids (rows of one order are one order). */
export interface MemberColumns {
  readonly memberIds: readonly KeyCell[];
  readonly orderIds?: readonly KeyCell[];
}

/** {@link MemberColumns} with each row's order date as an Excel serial (null where blank). */
export interface DatedMemberColumns extends MemberColumns {
  readonly orderDates: readonly (number | null)[];
}

/**
 * Member ids (required) and order ids (optional): what every member analysis reads.
 *
 * @throws CoreError MISSING_COLUMN naming `forWhat` when no column has the memberId role
 */
export function memberColumns(table: Table, forWhat: string): MemberColumns {
  const orderIds = optionalKeys(table, "orderId");
  return {
    memberIds: requiredKeys(table, "memberId", forWhat),
    ...(orderIds === undefined ? {} : { orderIds }),
  };
}

/** {@link memberColumns} and the order dates. @throws CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH */
export function datedMemberColumns(table: Table, forWhat: string): DatedMemberColumns {
  return {
    ...memberColumns(table, forWhat),
    orderDates: [...requireColumn(table, "orderDate", forWhat, "date").values],
  };
}

/**
 * The optional part of an analysis, or undefined when the column it needs is there but holds nothing usable
 * (a category column of blanks): such a column is treated as absent rather than failing the whole analysis.
 *
 * @throws whatever `compute` throws, except a CoreError with the code `absentCode`
 */
export function unlessEmpty<T>(absentCode: CoreErrorCode, compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (isCoreError(error) && error.code === absentCode) return undefined;
    throw error;
  }
}
