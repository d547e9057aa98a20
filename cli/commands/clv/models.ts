import { bgnbdAnalysis, type BgnbdResult } from "../../../src/analysis/clv-bgnbd";
import { btydClvAnalysis, type BtydClvResult } from "../../../src/analysis/clv-btyd";
import type { BtydCustomers, BtydInput, BtydSettings } from "../../../src/analysis/clv-btyd-input";
import { simpleClvAnalysis, type SimpleClvAnalysisResult } from "../../../src/analysis/clv-simple";
import type { AnalysisContext, AnalysisRun } from "../../../src/analysis/context";
import { isCoreError } from "../../../src/errors";
import { excelSerialFromEpochMs, isoFromExcelSerial } from "../../../src/table/excel-serial";
import { CliError } from "../../cli-error";
import type { CommandArgs } from "../../command";
import { loadTable } from "../../load-table";
import { cliRunRecord, parametersFromFlags } from "../../run-record";
import type { ClvSettings } from "./settings";
import { readSummaryFile } from "./summary-file";
import { shapeSetting } from "../../shape-flag";

/** Where the customers came from (the --json "source"). */
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

export type ClvRun = { readonly source: ClvSource } & (
  | { readonly model: "bgnbd"; readonly run: AnalysisRun<BgnbdResult> }
  | { readonly model: "gammagamma"; readonly run: AnalysisRun<BtydClvResult> }
  | { readonly model: "simple"; readonly run: AnalysisRun<SimpleClvAnalysisResult> }
);

/**
 * Reads --input (order lines) or --summary (a BTYD summary) and runs the use case the model names.
 *
 * @throws CliError (bad files; a zero spend without --exclude-zero-spend), CoreError (degenerate data)
 */
export async function runClvModel(settings: ClvSettings, args: CommandArgs): Promise<ClvRun> {
  const { input, address, rowCount } = await readClvInput(settings, args);
  const context: AnalysisContext = {
    locale: args.locale,
    runRecord: cliRunRecord(address, rowCount, parametersFromFlags(args.values)),
  };
  if (settings.model === "simple") {
    // clvSettingsFromFlags refuses --model simple with --summary; this narrows the input's type.
    if (input.kind !== "orders") throw new CliError("--model simple needs --input ORDERS");
    const expectedLifetime = settings.horizon ?? undefined;
    const lifetime =
      expectedLifetime === undefined ? {} : { expectedLifetime, lifetimeUnit: settings.periodUnit };
    const run = simpleClvAnalysis(input.table, { ...lifetime, ...shapeSetting(args.values.shape) }, context);
    const { result } = run;
    const source = {
      ...inputSource(address, result.rowCount, result.rowsSkipped),
      customers: result.clv.members.length,
    };
    return { model: "simple", source, run };
  }
  const btyd: BtydSettings = {
    timeUnit: settings.source.kind === "summary" ? settings.summaryUnit : settings.periodUnit,
    periodUnit: settings.periodUnit,
    ...(settings.horizon === null ? {} : { horizonPeriods: settings.horizon }),
    ...(settings.calibrationEndSerial === null
      ? {}
      : { calibrationEndSerial: settings.calibrationEndSerial }),
  };
  if (settings.model === "bgnbd") {
    const run = bgnbdAnalysis(input, btyd, context);
    return { model: "bgnbd", source: btydSource(settings, address, run.result.input), run };
  }
  try {
    const run = btydClvAnalysis(
      input,
      { ...btyd, discountRate: settings.discountRate, excludeZeroSpend: settings.excludeZeroSpend },
      context,
    );
    return { model: "gammagamma", source: btydSource(settings, address, run.result.input), run };
  } catch (error) {
    if (isCoreError(error) && error.code === "GAMMAGAMMA_SPEND_NOT_POSITIVE") {
      throw new CliError(
        `${error.message}; pass --exclude-zero-spend to leave such customers out`,
        settings.source.file,
      );
    }
    throw error;
  }
}

async function readClvInput(
  settings: ClvSettings,
  args: CommandArgs,
): Promise<{ input: BtydInput; address: string; rowCount: number }> {
  const { values } = args;
  if (settings.source.kind === "summary") {
    const { grid, address } = await readSummaryFile(settings.source.file, {
      sheet: typeof values.sheet === "string" ? values.sheet : undefined,
      encoding: typeof values.encoding === "string" ? values.encoding : undefined,
    });
    return { input: { kind: "summary", grid }, address, rowCount: grid.values.length };
  }
  // Today as the typing's reference date, as the command has always read its order lines.
  const { table, inputAddress } = await loadTable(args, excelSerialFromEpochMs(Date.now()) ?? undefined);
  return { input: { kind: "orders", table }, address: inputAddress, rowCount: table.rowCount };
}

function inputSource(address: string, rowCount: number, rowsSkipped: number): Omit<ClvSource, "customers"> {
  return { kind: "input", address, rowCount, rowsSkipped, calibrationEnd: null, transactionsAfterEnd: null };
}

function btydSource(settings: ClvSettings, address: string, input: BtydCustomers): ClvSource {
  const customers = input.customers.length;
  if (settings.source.kind === "summary") {
    return {
      kind: "summary",
      address,
      rowCount: customers,
      customers,
      rowsSkipped: null,
      calibrationEnd: null,
      transactionsAfterEnd: null,
    };
  }
  return {
    ...inputSource(address, input.rowCount, input.rowsSkipped ?? 0),
    customers,
    calibrationEnd:
      input.calibrationEndSerial === null ? null : isoFromExcelSerial(input.calibrationEndSerial),
    transactionsAfterEnd: input.transactionsAfterEnd,
  };
}
