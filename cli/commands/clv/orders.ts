import { completeOrderRows } from "../../../src/table/column-reader";
import { excelSerialFromEpochMs } from "../../../src/table/excel-serial";
import type { CommandArgs } from "../../command";
import { loadTable } from "../../load-table";

/** Order lines read from --input: parallel columns, rows missing a member, date or amount left out. */
export interface OrderLines {
  readonly memberIds: readonly (string | number)[];
  readonly dateSerials: readonly number[];
  readonly amounts: readonly number[];
  /** Registration date per line (null = unknown), or null when the file has no registration column. */
  readonly registrationSerials: readonly (number | null)[] | null;
  /** "orders.csv" or "book.xlsx!Sheet1". */
  readonly address: string;
  readonly rowCount: number;
  /** Rows without a member, an order date or an amount (the intake quality report says why). */
  readonly rowsSkipped: number;
}

/**
 * Reads --input with the column flags and takes the member, order date and amount columns (and the
 * registration date column when there is one).
 *
 * @throws CliError / CoreError from loadTable; CoreError MISSING_COLUMN, COLUMN_TYPE_MISMATCH
 */
export async function readOrderLines(args: CommandArgs): Promise<OrderLines> {
  const { table, inputAddress } = await loadTable(args, excelSerialFromEpochMs(Date.now()) ?? undefined);
  const rows = completeOrderRows(table, "clv");
  return {
    memberIds: rows.memberIds,
    dateSerials: rows.dateSerials,
    amounts: rows.amounts,
    registrationSerials: rows.hasRegistrations ? rows.registrationSerials : null,
    address: inputAddress,
    rowCount: table.rowCount,
    rowsSkipped: rows.skippedRows,
  };
}
