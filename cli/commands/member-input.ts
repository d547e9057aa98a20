import type { KeyCell } from "../../src/member/cells";
import { requireColumn } from "../../src/table/column-access";
import { optionalKeys, requiredKeys } from "../../src/table/column-reader";
import type { ColumnRole, Table } from "../../src/table/types";
import type { CommandArgs } from "../command";
import { loadTable, type LoadedTable } from "../load-table";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import type { RunRecord } from "../../src/report/types";

/**
 * The order table of a member command (cycle, pareto, cohorts, sensitivity, timing), read once, with the
 * columns every member analysis needs: member ids (required) and order ids (optional: rows of one order are
 * one order; without the column each row is an order).
 */
export interface MemberInput {
  readonly loaded: LoadedTable;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  readonly memberIds: readonly KeyCell[];
  readonly orderIds: readonly KeyCell[] | undefined;
}

/**
 * Reads --input with the column flags and picks the member (and order) column.
 *
 * @throws CliError/CoreError from reading; CoreError MISSING_COLUMN without a memberId column
 */
export async function loadMemberInput(args: CommandArgs, command: string): Promise<MemberInput> {
  const loaded = await loadTable(args);
  const { table } = loaded;
  return {
    loaded,
    parameters: parametersFromFlags(args.values),
    memberIds: requiredKeys(table, "memberId", command),
    orderIds: optionalKeys(table, "orderId"),
  };
}

/** The run record of a member command's sheets. */
export function memberRunRecord(input: MemberInput): RunRecord {
  return cliRunRecord(input.loaded.inputAddress, input.loaded.table.rowCount, input.parameters);
}

/** Dates of a required date role (orderDate by default) as Excel serials. */
export function dateValues(table: Table, command: string, role: ColumnRole = "orderDate"): (number | null)[] {
  return [...requireColumn(table, role, command, "date").values];
}

/** Numbers of a required number role. */
export function numberValues(table: Table, role: ColumnRole, command: string): (number | null)[] {
  return [...requireColumn(table, role, command, "number").values];
}
