import { buildClvResultSheet, buildSimpleClvResultSheet } from "../../src/report/clv";
import type { RunRecord } from "../../src/report/types";
import { isCoreError } from "../../src/errors";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { clvJson, type ClvJson } from "./clv/json";
import { runClvModel, type ClvRun } from "./clv/models";
import { CLV_OPTIONS } from "./clv/options";
import { clvSettingsFromFlags, type ClvSettings } from "./clv/settings";
import { renderClvText } from "./clv/text";

/** What one `clv` run produced, with the settings and run record that explain it. */
export interface ClvResult {
  readonly settings: ClvSettings;
  readonly run: ClvRun;
  readonly runRecord: RunRecord;
}

/**
 * `clv --input ORDERS | --summary FILE --model simple|bgnbd|gammagamma`: simple CLV per member, BG/NBD
 * (P(alive), expected purchases) or the discounted CLV from Gamma-Gamma spend × BG/NBD purchases, with the
 * time unit, horizon and discount rate stated in the output.
 */
export const clvCommand = defineCommand<ClvResult>({
  usage:
    "clv --input ORDERS | --summary FILE --model simple|bgnbd|gammagamma [--horizon N --unit days|weeks|months|years --discount RATE] [--calibration-end DATE] [--summary-unit UNIT] [--exclude-zero-spend] [--json] [--out FILE.xlsx]",
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS, ...CLV_OPTIONS },
  async run(args) {
    const settings = clvSettingsFromFlags(args.values);
    if (settings.model === "bgnbd" && typeof args.values.out === "string") {
      // The customer-value sheet (src/report/clv.ts) holds both models; there is no BG/NBD-only sheet yet.
      throw new CliError(
        "--out needs --model gammagamma or simple (the customer-value sheet holds BG/NBD with Gamma-Gamma)",
      );
    }
    let run: ClvRun;
    try {
      run = await runClvModel(settings, args);
    } catch (error) {
      // main names the --input file in messages; a --summary file is named here the same way.
      if (isCoreError(error) && settings.source.kind === "summary") {
        throw new CliError(error.message, settings.source.file);
      }
      throw error;
    }
    const runRecord = cliRunRecord(run.source.address, run.source.rowCount, parametersFromFlags(args.values));
    return { settings, run, runRecord };
  },
  toJson({ settings, run }): ClvJson {
    return clvJson(settings, run);
  },
  renderText({ settings, run, runRecord }, locale) {
    return renderClvText(settings, run, runRecord, locale);
  },
  resultSheets({ run, runRecord }, locale) {
    if (run.model === "gammagamma") {
      const { bgnbd, gammaGamma, values } = run;
      return [buildClvResultSheet({ bgnbd, gammaGamma, values, runRecord }, locale)];
    }
    if (run.model === "simple") return [buildSimpleClvResultSheet({ result: run.result, runRecord }, locale)];
    return [];
  },
});
