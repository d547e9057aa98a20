import type { AnalysisRun } from "../../src/analysis/context";
import {
  promotionAnalysis,
  type PromotionResult,
  type PromotionSettings,
} from "../../src/analysis/promotion";
import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import type { PromotionAnalysis } from "../../src/promo/analyse-promotion";
import type { ProductBandDecision } from "../../src/promo/band-rules";
import { KPI_KEYS, RATIO_KPI_KEYS, type KpiKey } from "../../src/promo/kpi-keys";
import { kpiPack } from "../../src/promo/kpi-pack";
import { kpiNumberOrNull, type KpiValue } from "../../src/promo/kpi-value";
import type { ProductDecision } from "../../src/promo/rules";
import { kpiCell, promoTranslator } from "../../src/report/promo-format";
import { kpiName } from "../../src/report/promo-kpi-table";
import { productDecisionReasonText } from "../../src/report/promo-product-table";
import { qualityLineText } from "../../src/report/promo-text";
import type { ColumnRole } from "../../src/table/types";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand, type CommandArgs } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";
import { LINE_ROLES, PRODUCT_ROLES, readTableFile, TRAFFIC_ROLES, type TableFile } from "./promo-columns";

interface PromoCommandRun {
  readonly inputAddress: string;
  readonly run: AnalysisRun<PromotionResult>;
}

const { input: _input, ...READ_OPTIONS } = INPUT_OPTIONS;

/** `promo --lines FILE [--products FILE] [--traffic FILE]`: the KPI pack and keep / reconsider / clear per product. */
export const promoCommand = defineCommand<PromoCommandRun>({
  usage:
    "promo --lines FILE [--products FILE] [--traffic FILE] [--keep-conversion RATIO] [--candidate-sell-through RATIO] [--rule product|discount-band] [--json] [--out FILE.xlsx]",
  options: {
    lines: {
      type: "string",
      valueName: "FILE",
      description: "transaction lines: product, quantity, amount, …",
    },
    products: {
      type: "string",
      valueName: "FILE",
      description: "product table: product, tag price, sale price, stock",
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
  },
  async run(args) {
    const { values } = args;
    if (typeof values.lines !== "string" || values.lines === "")
      throw new CliError("--lines FILE is required");
    const lines = await readTableFile(values.lines, args, LINE_ROLES);
    const products = await optionalFile(args, "products", PRODUCT_ROLES);
    const traffic = await optionalFile(args, "traffic", TRAFFIC_ROLES);
    const settings = settingsFromFlags(args);
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
    if (isCoreError(error))
      throw new CliError(error.message, files[error.details.input ?? "lines"] ?? files.lines);
    throw error;
  }
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

type AnyDecision = ProductDecision | ProductBandDecision;

/**
 * { kpis: {key: number|null}, undefined: {key: {code, reason}}, products: [{productId, decision, rule,
 * reason, gmv, units, buyers, uv, conversion, sellThrough, band?}], quality: [{kind, …, text}] }
 */
function promoJson(analysis: PromotionAnalysis) {
  const { pack, join } = analysis;
  const undefinedKpis = Object.fromEntries(
    KPI_KEYS.flatMap((key) => {
      const kpi: KpiValue = pack[key];
      return kpi.kind === "undefined" ? [[key, { code: kpi.code, reason: kpi.reason }]] : [];
    }),
  );
  const byKey = new Map(join.products.map((product) => [product.productKey, product]));
  const decisions: readonly AnyDecision[] = analysis.decisions;
  return {
    kpis: Object.fromEntries(KPI_KEYS.map((key) => [key, kpiNumberOrNull(pack[key])])),
    undefined: undefinedKpis,
    products: decisions.map((decision) => {
      const product = byKey.get(decision.productKey);
      const own = product === undefined ? null : kpiPack([product], join.available);
      const figure = (key: "gmv" | "units" | "buyers" | "uv" | "conversion" | "sellThrough") =>
        own === null ? null : kpiNumberOrNull(own[key]);
      return {
        productId: decision.productKey,
        decision: decision.decision,
        rule: decision.reason?.rule ?? null,
        reason: productDecisionReasonText("en", decision),
        ...("bandLabel" in decision ? { band: decision.bandLabel } : {}),
        gmv: figure("gmv"),
        units: figure("units"),
        buyers: figure("buyers"),
        uv: figure("uv"),
        conversion: figure("conversion"),
        sellThrough: figure("sellThrough"),
      };
    }),
    quality: join.quality.map((line) => ({ ...line, text: qualityLineText("en", line) })),
  };
}

function renderPromoText(analysis: PromotionAnalysis, inputAddress: string, locale: Locale): string {
  const t = promoTranslator(locale);
  const kpiRows = KPI_KEYS.map((key) => [kpiName(locale, key), kpiText(t, key, analysis.pack[key])]);
  const decisions: readonly AnyDecision[] = analysis.decisions;
  const productRows = decisions.map((decision) => [
    decision.productKey,
    t(`decision.${decision.decision}`),
    productDecisionReasonText(locale, decision),
  ]);
  const lines = [
    inputAddress,
    "",
    `${t("table.kpis")}:`,
    textTable(kpiRows),
    "",
    `${t("table.products")}:`,
    textTable([[t("header.product"), t("header.decision"), t("header.reason")], ...productRows]),
  ];
  if (analysis.join.quality.length > 0) {
    lines.push(
      "",
      `${t("table.quality")}:`,
      ...analysis.join.quality.map((line) => `  ${qualityLineText(locale, line)}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A KPI for the terminal: ratios as percents, amounts with 2 decimals, or the reason it has none. */
function kpiText(t: ReturnType<typeof promoTranslator>, key: KpiKey, kpi: KpiValue): string {
  const cell = kpiCell(t, kpi);
  if (typeof cell !== "number") return String(cell);
  if (RATIO_KPI_KEYS.includes(key)) return `${(cell * 100).toFixed(2)}%`;
  return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
}
