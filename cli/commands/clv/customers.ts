import type { TimeUnit } from "../../../src/clv/time-unit";
import { btydSummaryFromTransactions } from "../../../src/clv/btyd-summary";
import type { BtydCustomer } from "../../../src/clv/types";
import { isoFromExcelSerial } from "../../../src/table/excel-serial";
import type { CommandArgs } from "../../command";
import { readOrderLines } from "./orders";
import type { ClvSettings } from "./settings";
import { readSummaryFile } from "./summary-file";

/** Where the customers came from. */
export interface ClvSource {
  readonly kind: "input" | "summary";
  readonly address: string;
  readonly rowCount: number;
  readonly customers: number;
  /** --input: rows without member, date or amount; null for a summary. */
  readonly rowsSkipped: number | null;
  /** --input (BTYD models): the calibration end (ISO date) and the transactions after it, left out. */
  readonly calibrationEnd: string | null;
  readonly transactionsAfterEnd: number | null;
}

/**
 * The BTYD customers of a run: read from a --summary file (in --summary-unit), or summarised from --input
 * order lines (in --unit, calibration end = --calibration-end or the last order date).
 *
 * @throws CliError, CoreError from reading and summarising
 */
export async function btydCustomers(
  settings: ClvSettings,
  args: CommandArgs,
): Promise<{ customers: readonly BtydCustomer[]; timeUnit: TimeUnit; source: ClvSource }> {
  const { values } = args;
  if (settings.source.kind === "summary") {
    const summary = await readSummaryFile(settings.source.file, {
      sheet: typeof values.sheet === "string" ? values.sheet : undefined,
      encoding: typeof values.encoding === "string" ? values.encoding : undefined,
      needsSpend: settings.model === "gammagamma",
    });
    const count = summary.customers.length;
    return {
      customers: summary.customers,
      timeUnit: settings.summaryUnit,
      source: {
        kind: "summary",
        address: summary.address,
        rowCount: count,
        customers: count,
        rowsSkipped: null,
        calibrationEnd: null,
        transactionsAfterEnd: null,
      },
    };
  }
  const lines = await readOrderLines(args);
  let lastDay = -Infinity;
  for (const serial of lines.dateSerials) lastDay = Math.max(lastDay, Math.floor(serial));
  const calibrationEndSerial = settings.calibrationEndSerial ?? lastDay;
  const summary = btydSummaryFromTransactions(
    { customerIds: lines.memberIds, dateSerials: lines.dateSerials, amounts: lines.amounts },
    { calibrationEndSerial, timeUnit: settings.periodUnit },
  );
  return {
    customers: summary.customers,
    timeUnit: settings.periodUnit,
    source: {
      kind: "input",
      address: lines.address,
      rowCount: lines.rowCount,
      customers: summary.customers.length,
      rowsSkipped: lines.rowsSkipped,
      calibrationEnd: isoFromExcelSerial(Math.floor(calibrationEndSerial)),
      transactionsAfterEnd: summary.transactionsAfterEnd,
    },
  };
}
