import { convertDuration, TIME_UNITS, type TimeUnit } from "../../../src/clv/time-unit";
import { parseDateText } from "../../../src/table/parse-date";
import { CliError } from "../../cli-error";
import type { CliOptions } from "../../command";

export const CLV_MODELS = ["simple", "bgnbd", "gammagamma"] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

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

export interface ClvSettings {
  readonly model: ClvModel;
  readonly source: { readonly kind: "input" | "summary"; readonly file: string };
  /** Period of the horizon and the discount rate. */
  readonly periodUnit: TimeUnit;
  /** Unit of t_x and T in a --summary file. */
  readonly summaryUnit: TimeUnit;
  /** Horizon in periodUnit; null = the model's default (one year; simple: the mean lifetime). */
  readonly horizon: number | null;
  /** Discount rate per periodUnit (gammagamma only). */
  readonly discountRate: number;
  /** Calibration end as an Excel serial (--input only); null = the last order date. */
  readonly calibrationEndSerial: number | null;
  readonly excludeZeroSpend: boolean;
}

type FlagValues = Readonly<Record<string, unknown>>;

/**
 * Reads and cross-checks the clv flags before any file is read.
 *
 * @throws CliError naming the flag and what it accepts
 */
export function clvSettingsFromFlags(values: FlagValues): ClvSettings {
  const input = stringFlag(values, "input");
  const summary = stringFlag(values, "summary");
  if ((input === undefined) === (summary === undefined)) {
    throw new CliError(
      "give one of --input ORDERS (order lines) or --summary FILE (columns ID, x, t_x, T, zbar)",
    );
  }
  const model = choice(values, "model", CLV_MODELS, undefined);
  const source =
    input === undefined
      ? { kind: "summary" as const, file: summary as string }
      : { kind: "input" as const, file: input };
  if (model === "simple" && source.kind === "summary") {
    throw new CliError(
      "--model simple needs --input ORDERS (order lines with member, date, amount), not --summary",
    );
  }
  refuse(
    values,
    "discount",
    model !== "gammagamma",
    "--discount applies to --model gammagamma (the discounted CLV)",
  );
  refuse(
    values,
    "exclude-zero-spend",
    model !== "gammagamma",
    "--exclude-zero-spend applies to --model gammagamma",
  );
  refuse(
    values,
    "calibration-end",
    source.kind !== "input" || model === "simple",
    "--calibration-end applies to --input with --model bgnbd or gammagamma",
  );
  refuse(values, "summary-unit", source.kind !== "summary", "--summary-unit applies to --summary files");
  const horizon = numberFlag(values, "horizon");
  if (horizon !== undefined && !(horizon > 0))
    throw new CliError(`--horizon must be a number above 0 (got ${horizon})`);
  const discountRate = numberFlag(values, "discount") ?? 0;
  if (!(discountRate > -1))
    throw new CliError(`--discount must be a rate above -1, e.g. 0.01 (got ${discountRate})`);
  const calibrationEnd = stringFlag(values, "calibration-end");
  const calibrationEndSerial =
    calibrationEnd === undefined ? null : parseDateText(calibrationEnd, { allowCompact: true });
  if (calibrationEnd !== undefined && calibrationEndSerial === null) {
    throw new CliError(`--calibration-end must be a date such as 1997-09-30 (got "${calibrationEnd}")`);
  }
  return {
    model,
    source,
    periodUnit: choice(values, "unit", TIME_UNITS, "weeks"),
    summaryUnit: choice(values, "summary-unit", TIME_UNITS, "weeks"),
    horizon: horizon ?? null,
    discountRate,
    calibrationEndSerial,
    excludeZeroSpend: values["exclude-zero-spend"] === true,
  };
}

/** One year in whole periods of `unit` (365 days, 52 weeks, 12 months, 1 year): the default horizon. */
export function oneYearIn(unit: TimeUnit): number {
  return Math.floor(convertDuration(1, "years", unit));
}

function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function numberFlag(values: FlagValues, name: string): number | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(value))
    throw new CliError(`--${name} must be a number (got "${text}")`);
  return value;
}

function choice<T extends string>(
  values: FlagValues,
  name: string,
  allowed: readonly T[],
  fallback: T | undefined,
): T {
  const text = stringFlag(values, name);
  if (text === undefined && fallback !== undefined) return fallback;
  const found = allowed.find((option) => option === text?.trim().toLowerCase());
  if (found === undefined) {
    const got = text === undefined ? "is required" : `got "${text}"`;
    throw new CliError(`--${name} must be one of ${allowed.join(", ")} (${got})`);
  }
  return found;
}

function refuse(values: FlagValues, name: string, when: boolean, message: string): void {
  if (when && values[name] !== undefined) throw new CliError(message);
}
