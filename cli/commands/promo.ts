import type { AnalysisRun } from "../../src/analysis/context";
import {
  promotionAnalysis,
  type PromotionResult,
  type PromotionSettings,
} from "../../src/analysis/promotion";
import { isCoreError } from "../../src/errors";
import type { ColumnRole } from "../../src/table/types";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand, type CommandArgs } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { LINE_ROLES, PRODUCT_ROLES, readTableFile, TRAFFIC_ROLES, type TableFile } from "./promo-columns";
import { promoJson, renderPromoText } from "./promo-output";
import { ENGINE_OPTION, engineFlag } from "../duckdb/engine-flag";
import { promoWithDuckDb } from "../duckdb/promo-engine-run";

interface PromoCommandRun {
  readonly inputAddress: string;
  readonly run: AnalysisRun<PromotionResult>;
}

const { input: _input, ...READ_OPTIONS } = INPUT_OPTIONS;

/** `promo --lines FILE [--products FILE] [--traffic FILE]`: the KPI pack and keep / reconsider / clear per product. */
export const promoCommand = defineCommand<PromoCommandRun>({
  usage: [
    "promo --lines FILE [--products FILE] [--traffic FILE] [--keep-conversion RATIO] [--candidate-sell-through RATIO] [--rule product|discount-band] [--engine core|duckdb] [--json] [--out FILE.xlsx]",
    "",
    "--engine duckdb: DuckDB (embedded) rolls the lines file (CSV or Parquet, larger than memory) up per product with",
    "the SQL `sql --analysis promo-products` prints; the product and traffic tables are read as without it, and the",
    "KPI pack, bands and decisions are computed here from the roll-up. Products then come ordered by key.",
  ].join("\n"),
  options: {
    lines: {
      type: "string",
      valueName: "FILE",
      description: "transaction lines: product, quantity, amount, …",
    },
    products: {
      type: "string",
      valueName: "FILE",
      description: "product table: product, tag price, sale price, stock, SKU count",
    },
    traffic: {
      type: "string",
      valueName: "FILE",
      description: "traffic table: product, UV, favourites, add-to-cart",
    },
    ...READ_OPTIONS,
    ...COLUMN_OPTIONS,
    "keep-conversion": {
      type: "string",
      valueName: "RATIO",
      description: "keep above this conversion (default 0.008)",
    },
    "candidate-sell-through": {
      type: "string",
      valueName: "RATIO",
      description: "otherwise reconsider above this sell-through (default 0.3)",
    },
    rule: {
      type: "string",
      valueName: "product|discount-band",
      description: "decide per product (default) or per discount band",
    },
    ...ENGINE_OPTION,
  },
  async run(args) {
    const { values } = args;
    const engine = engineFlag(values.engine);
    if (typeof values.lines !== "string" || values.lines === "")
      throw new CliError("--lines FILE is required");
    const settings = settingsFromFlags(args);
    if (engine === "duckdb") {
      const products = await optionalFile(args, "products", PRODUCT_ROLES);
      const traffic = await optionalFile(args, "traffic", TRAFFIC_ROLES);
      const files = { lines: values.lines, products: products?.file, traffic: traffic?.file };
      const sideTables = {
        ...(products ? { products: products.table } : {}),
        ...(traffic ? { traffic: traffic.table } : {}),
      };
      try {
        return await promoWithDuckDb(args, settings, sideTables);
      } catch (error) {
        throw inInputFileTerms(files, error);
      }
    }
    const lines = await readTableFile(values.lines, args, LINE_ROLES);
    const products = await optionalFile(args, "products", PRODUCT_ROLES);
    const traffic = await optionalFile(args, "traffic", TRAFFIC_ROLES);
    const files = { lines: lines.file, products: products?.file, traffic: traffic?.file };
    const tables = {
      lines: lines.table,
      ...(products ? { products: products.table } : {}),
      ...(traffic ? { traffic: traffic.table } : {}),
    };
    const context = {
      locale: args.locale,
      runRecord: cliRunRecord(lines.inputAddress, lines.table.rowCount, parametersFromFlags(values)),
    };
    const run = inInputFile(files, () => promotionAnalysis(tables, settings, context));
    return { inputAddress: lines.inputAddress, run };
  },
  toJson: ({ run }) => promoJson(run.result.analysis),
  renderText: ({ inputAddress, run }, locale) => renderPromoText(run.result.analysis, inputAddress, locale),
  resultSheets: ({ run }) => run.sheets(),
});

/** Reads --products or --traffic when given. */
async function optionalFile(
  args: CommandArgs,
  flag: "products" | "traffic",
  roles: readonly ColumnRole[],
): Promise<TableFile | undefined> {
  const file = args.values[flag];
  return typeof file === "string" ? readTableFile(file, args, roles) : undefined;
}

/** Runs `compute`, reporting a core error against the file of the input it names (else the lines file). */
function inInputFile<T>(files: Readonly<Record<string, string | undefined>>, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw inInputFileTerms(files, error);
  }
}

/** A core error as a CliError about the file of the input it names (else the lines file); others as they are. */
function inInputFileTerms(files: Readonly<Record<string, string | undefined>>, error: unknown): unknown {
  return isCoreError(error)
    ? new CliError(error.message, files[error.details.input ?? "lines"] ?? files.lines)
    : error;
}

/** The flags given, as settings: what is not given is left to the core's defaults. */
function settingsFromFlags({ values }: CommandArgs): PromotionSettings {
  const ratio = (name: string): number | undefined => {
    const text = values[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (typeof text !== "string" || text.trim() === "" || !Number.isFinite(value) || value < 0) {
      throw new CliError(`--${name} must be a ratio ≥ 0 such as 0.008 (got "${String(text)}")`);
    }
    return value;
  };
  const rule = values.rule ?? "product";
  if (rule !== "product" && rule !== "discount-band") {
    throw new CliError(`--rule must be product or discount-band (got "${String(rule)}")`);
  }
  const keepConversionAbove = ratio("keep-conversion");
  const candidateSellThroughAbove = ratio("candidate-sell-through");
  return {
    thresholds: {
      ...(keepConversionAbove === undefined ? {} : { keepConversionAbove }),
      ...(candidateSellThroughAbove === undefined ? {} : { candidateSellThroughAbove }),
    },
    rule: rule === "discount-band" ? "discountBand" : "product",
  };
}
