import type { CliOptions } from "../../command";

/** The clv command's own flags (besides --input and the column flags). */
export const CLV_OPTIONS: CliOptions = {
  summary: {
    type: "string",
    valueName: "FILE",
    description: "BTYD summary (CSV/XLSX) with columns ID, x, t_x, T, zbar instead of --input order lines",
  },
  model: { type: "string", valueName: "simple|bgnbd|gammagamma", description: "the CLV model (required)" },
  horizon: {
    type: "string",
    valueName: "N",
    description: "future periods of --unit (default one year); simple: the expected lifetime",
  },
  unit: {
    type: "string",
    valueName: "days|weeks|months|years",
    description: "period of --horizon and --discount; with --input also the summary's unit (default weeks)",
  },
  "summary-unit": {
    type: "string",
    valueName: "days|weeks|months|years",
    description: "unit of t_x and T in the --summary file (default weeks)",
  },
  discount: {
    type: "string",
    valueName: "RATE",
    description: "gammagamma: discount rate per --unit period, compounded (default 0)",
  },
  "calibration-end": {
    type: "string",
    valueName: "DATE",
    description: "--input: last day of the calibration period, inclusive (default the last order date)",
  },
  "exclude-zero-spend": {
    type: "boolean",
    description: "gammagamma: leave out repeat customers whose mean repeat spend is not above 0",
  },
};
