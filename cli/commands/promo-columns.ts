// Used by the promo command (not a command itself): reading a table file with the column flags that
// concern it. Turning its typed columns into the promotion core's shapes is src/promo/from-table.ts.
import { isCoreError } from "../../src/errors";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { ColumnRole, Table } from "../../src/table/types";
import { CliError } from "../cli-error";
import { roleOverridesFromFlags } from "../column-flags";
import type { CommandArgs } from "../command";
import { readGrid } from "../io/read-grid";

/** A table read from one file, with the address used in messages and run records. */
export interface TableFile {
  readonly table: Table;
  readonly file: string;
  readonly inputAddress: string;
}

/**
 * Reads one of several input files (--lines, --products, --traffic) with --sheet, --encoding and --header,
 * applying only the column flags of `roles` (so --uv does not fail on the lines file, which has no UV).
 * A core error while typing the file is reported against the file.
 *
 * @throws CliError naming the file
 */
export async function readTableFile(
  file: string,
  args: CommandArgs,
  roles: readonly ColumnRole[],
): Promise<TableFile> {
  const { values } = args;
  const source = await readGrid(file, {
    sheet: typeof values.sheet === "string" ? values.sheet : undefined,
    encoding: typeof values.encoding === "string" ? values.encoding : undefined,
  });
  const overrides = Object.entries(roleOverridesFromFlags(values)).filter(([role]) =>
    roles.includes(role as ColumnRole),
  );
  const table = inFile(file, () =>
    tableFromGrid(source.grid, { header: headerOption(values.header), roles: Object.fromEntries(overrides) }),
  );
  const inputAddress = source.sheetName === null ? file : `${file}!${source.sheetName}`;
  return { table, file, inputAddress };
}

/** Runs `compute`, reporting a core error as a CliError about `file` (exit 2, one line naming it). */
export function inFile<T>(file: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message, file);
    throw error;
  }
}

/** The roles each input file may carry: the column flags of other roles are not applied to it. */
export const LINE_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "quantity",
  "amount",
  "unitPrice",
  "returnQuantity",
  "returnAmount",
  "memberId",
  "orderId",
  "orderDate",
];
export const PRODUCT_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "tagPrice",
  "salePrice",
  "stock",
  "skuCount",
  "category",
];
export const TRAFFIC_ROLES: readonly ColumnRole[] = [
  "productId",
  "productName",
  "uv",
  "favourites",
  "addToCart",
];

function headerOption(value: unknown): "auto" | boolean {
  if (value === undefined || value === "auto") return "auto";
  if (value === "yes" || value === "true") return true;
  if (value === "no" || value === "false") return false;
  throw new CliError(`--header must be auto, yes or no (got "${String(value)}")`);
}
