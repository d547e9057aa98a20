import { TIME_UNITS, type TimeUnit } from "../../../src/clv/time-unit";
import { parseDateText } from "../../../src/table/parse-date";
import { CliError } from "../../cli-error";

export const CLV_MODELS = ["simple", "bgnbd", "gammagamma"] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

export interface ClvSettings {
  readonly model: ClvModel;
  readonly source: { readonly kind: "input" | "summary"; readonly file: string };
  /** Period of the horizon and the discount rate. */
  readonly periodUnit: TimeUnit;
  /** Unit of t_x and T in a --summary file. */
  readonly summaryUnit: TimeUnit;
  /** Horizon in periodUnit; null = the use case's default (one year; simple: the mean lifetime). */
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
