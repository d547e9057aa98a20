import { columnByRole, requireColumn, usableRows } from "../../../src/table/column-access";
import { excelSerialFromEpochMs } from "../../../src/table/excel-serial";
import type { CommandArgs } from "../../command";
import { loadTable } from "../../load-table";

/** Order lines read from --input: parallel columns, rows missing a member, date or amount left out. */
export interface OrderLines {
  readonly memberIds: readonly string[];
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
  const forWhat = "clv";
  const members = requireColumn(table, "memberId", forWhat);
  const dates = requireColumn(table, "orderDate", forWhat, "date");
  const amounts = requireColumn(table, "amount", forWhat, "number");
  const registration = columnByRole(table, "registrationDate");
  const { mask, usableRowCount } = usableRows(table, ["memberId", "orderDate", "amount"], forWhat);
  const lines = {
    memberIds: [] as string[],
    dateSerials: [] as number[],
    amounts: [] as number[],
    registrationSerials: registration?.type === "date" ? ([] as (number | null)[]) : null,
  };
  mask.forEach((usable, row) => {
    if (!usable) return;
    lines.memberIds.push(String(members.values[row]));
    lines.dateSerials.push(dates.values[row] as number);
    lines.amounts.push(amounts.values[row] as number);
    if (registration?.type === "date") lines.registrationSerials?.push(registration.values[row] ?? null);
  });
  return {
    ...lines,
    address: inputAddress,
    rowCount: table.rowCount,
    rowsSkipped: table.rowCount - usableRowCount,
  };
}
