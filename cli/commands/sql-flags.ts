// Used by the sql command (not a command itself): its flags as an analysis request for src/sql.
import type { RfmCountBy } from "../../src/analysis/rfm";
import { isCoreError } from "../../src/errors";
import { bandEdgesFromStep, validateBandEdges } from "../../src/promo/band-edges";
import { isSqlAnalysis, SQL_ANALYSES, type SqlAnalysisRequest } from "../../src/sql/analysis-sql";
import { isSqlDialect, SQL_DIALECTS, type SqlDialect } from "../../src/sql/dialect";
import type { SqlSource } from "../../src/sql/source";
import { parseDateText } from "../../src/table/parse-date";
import { periodFromIsoDates, yearPeriod, type Period } from "../../src/yoy/period";
import { CliError } from "../cli-error";
import type { CommandArgs } from "../command";
import { LINE_ROLES, PRODUCT_ROLES, TRAFFIC_ROLES } from "./promo-columns";

type Values = CommandArgs["values"];

/** A flag's text, or undefined; an empty text is an error naming the flag. */
export function textFlag(values: Values, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw new CliError(`--${name} needs a value`);
  return value;
}

/** --dialect, checked against the dialects src/sql writes. */
export function dialectFlag(values: Values): SqlDialect {
  const value = textFlag(values, "dialect");
  if (value === undefined || !isSqlDialect(value)) {
    throw new CliError(
      `--dialect must be one of ${SQL_DIALECTS.join(", ")} (got ${value === undefined ? "nothing" : `"${value}"`})`,
    );
  }
  return value;
}

/** The request for --analysis with its settings flags, the sources built by `sourceOf`. */
export function requestFromFlags(
  values: Values,
  sourceOf: (table: string, roles: readonly string[] | null) => SqlSource,
): SqlAnalysisRequest {
  const analysis = textFlag(values, "analysis");
  if (analysis === undefined || !isSqlAnalysis(analysis)) {
    throw new CliError(
      `--analysis must be one of ${SQL_ANALYSES.join(", ")} (got ${analysis === undefined ? "nothing" : `"${analysis}"`})`,
    );
  }
  const table = textFlag(values, "table");
  if (table === undefined) throw new CliError("--table NAME is required (the table the SQL reads)");
  if (analysis === "promo" || analysis === "promo-products") {
    const products = textFlag(values, "products-table");
    const traffic = textFlag(values, "traffic-table");
    const sources = {
      lines: sourceOf(table, LINE_ROLES),
      ...(products === undefined ? {} : { products: sourceOf(products, PRODUCT_ROLES) }),
      ...(traffic === undefined ? {} : { traffic: sourceOf(traffic, TRAFFIC_ROLES) }),
    };
    return { analysis, sources };
  }
  const source = sourceOf(table, null);
  switch (analysis) {
    case "rfm":
    case "levels":
      return { analysis, source, settings: rfmSettings(values) };
    case "scores":
      return { analysis, source, settings: { ...rfmSettings(values), ...scoreSettings(values) } };
    case "cycle":
    case "cohorts":
      return { analysis, source };
    case "yoy":
      return { analysis, source, settings: periodsFromFlags(values) };
    case "bands":
      return { analysis, source, settings: bandSettings(values) };
    case "churn-features":
      return { analysis, source, settings: asOfSetting(values) };
  }
}

/** --as-of as a serial day (its time of day dropped), or nothing. */
function asOfSetting(values: Values): { asOfSerial?: number } {
  const asOf = textFlag(values, "as-of");
  const asOfSerial = asOf === undefined ? undefined : parseDateText(asOf);
  if (asOfSerial === null) throw new CliError(`--as-of must be a date such as 2006-12-31 (got "${asOf}")`);
  return asOfSerial === undefined ? {} : { asOfSerial: Math.floor(asOfSerial) };
}

function rfmSettings(values: Values): { asOfSerial?: number; countBy?: RfmCountBy } {
  const countBy = textFlag(values, "count-by");
  if (countBy !== undefined && countBy !== "orders" && countBy !== "days" && countBy !== "rows") {
    throw new CliError(`--count-by must be orders, days or rows (got "${countBy}")`);
  }
  return { ...asOfSetting(values), ...(countBy === undefined ? {} : { countBy }) };
}

function scoreSettings(values: Values): { binCount?: number; edgeRule?: "rfmPackage" | "quantile" } {
  const bins = textFlag(values, "bins");
  const edgeRule = textFlag(values, "edge-rule");
  const binCount = bins === undefined ? undefined : Number(bins);
  if (binCount !== undefined && (!Number.isInteger(binCount) || binCount < 2 || binCount > 100)) {
    throw new CliError(`--bins must be a whole number from 2 to 100 (got "${bins}")`);
  }
  if (edgeRule !== undefined && edgeRule !== "rfm" && edgeRule !== "quantile") {
    throw new CliError(`--edge-rule must be rfm or quantile (got "${edgeRule}")`);
  }
  return {
    ...(binCount === undefined ? {} : { binCount }),
    ...(edgeRule === undefined ? {} : { edgeRule: edgeRule === "rfm" ? "rfmPackage" : "quantile" }),
  };
}

function periodsFromFlags(values: Values): { current: Period; previous: Period } {
  const year = (name: string, text: string): number => {
    if (!/^\d{4}$/.test(text)) throw new CliError(`--${name} must be a year such as 2017 (got "${text}")`);
    return Number(text);
  };
  const current = textFlag(values, "current");
  if (current !== undefined) {
    const previous = textFlag(values, "previous");
    const currentYear = year("current", current);
    return {
      current: yearPeriod(currentYear),
      previous: yearPeriod(previous === undefined ? currentYear - 1 : year("previous", previous)),
    };
  }
  const dates = ["current-from", "current-to", "previous-from", "previous-to"].map((name) =>
    textFlag(values, name),
  );
  const [currentFrom, currentTo, previousFrom, previousTo] = dates;
  if (
    currentFrom === undefined ||
    currentTo === undefined ||
    previousFrom === undefined ||
    previousTo === undefined
  ) {
    throw new CliError(
      "yoy requires --current YEAR, or all of --current-from, --current-to, --previous-from, --previous-to",
    );
  }
  return inFlagTerms(() => ({
    current: periodFromIsoDates(currentFrom, currentTo),
    previous: periodFromIsoDates(previousFrom, previousTo),
  }));
}

function bandSettings(values: Values) {
  const by = textFlag(values, "by");
  const edgesText = textFlag(values, "edges");
  if (by === undefined || edgesText === undefined)
    throw new CliError("bands requires --by COL and --edges LIST or START:STOP:STEP");
  const closed = textFlag(values, "closed") ?? "right";
  if (closed !== "right" && closed !== "left")
    throw new CliError(`--closed must be right or left (got "${closed}")`);
  const number = (part: string): number => {
    const value = part.trim() === "" ? Number.NaN : Number(part);
    if (!Number.isFinite(value)) throw new CliError(`--edges: "${part}" is not a number`);
    return value;
  };
  const stepped = edgesText.split(":");
  const edges = inFlagTerms(() => {
    const list =
      stepped.length === 3
        ? bandEdgesFromStep(
            number(stepped[0] as string),
            number(stepped[1] as string),
            number(stepped[2] as string),
            "--edges",
          )
        : edgesText.split(",").map(number);
    validateBandEdges(list, "--edges");
    return list;
  });
  const sum =
    textFlag(values, "sum")
      ?.split(",")
      .map((name) => name.trim()) ?? [];
  return { by, edges, sum, closed } as const;
}

/** A core error about a flag's value, as a CliError (one line, no file). */
function inFlagTerms<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isCoreError(error)) throw new CliError(error.message);
    throw error;
  }
}
