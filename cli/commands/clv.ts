import { isCoreError } from "../../src/errors";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { clvJson, type ClvJson } from "./clv/json";
import { runClvModel, type ClvRun } from "./clv/models";
import { CLV_OPTIONS } from "./clv/options";
import { SHAPE_OPTIONS } from "../shape-flag";
import { clvSettingsFromFlags } from "./clv/settings";
import { renderClvText } from "./clv/text";

/**
 * `clv --input ORDERS | --summary FILE --model simple|bgnbd|gammagamma`: simple CLV per member, BG/NBD
 * (P(alive), expected purchases) or the discounted CLV from Gamma-Gamma spend × BG/NBD purchases, with the
 * time unit, horizon and discount rate stated in the output.
 */
export const clvCommand = defineCommand<ClvRun>({
  usage:
    "clv --input ORDERS | --summary FILE --model simple|bgnbd|gammagamma [--horizon N --unit days|weeks|months|years --discount RATE] [--calibration-end DATE] [--summary-unit UNIT] [--exclude-zero-spend] [--shape auto|orders|members] [--json] [--out FILE.xlsx]\n\n--model simple also takes one row per member (--shape): each member's last order date (--last-order COL), total (--total COL) and first order / registration date (--registration-date COL) give their lifetime and spend.",
  options: { ...INPUT_OPTIONS, ...COLUMN_OPTIONS, ...CLV_OPTIONS, ...SHAPE_OPTIONS },
  async run(args) {
    const settings = clvSettingsFromFlags(args.values);
    try {
      return await runClvModel(settings, args);
    } catch (error) {
      // main names the --input file in messages; a --summary file is named here the same way.
      if (isCoreError(error) && settings.source.kind === "summary") {
        throw new CliError(error.message, settings.source.file);
      }
      throw error;
    }
  },
  toJson(clv): ClvJson {
    return clvJson(clv);
  },
  renderText(clv, locale) {
    return renderClvText(clv, locale);
  },
  resultSheets(clv) {
    return clv.run.sheets();
  },
});
