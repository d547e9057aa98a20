import type { Locale } from "../../src/i18n/locale";
import { analysePromotion, type PromotionAnalysis } from "../../src/promo/analyse-promotion";
import type { ProductBandDecision } from "../../src/promo/band-rules";
import { linesFromTable, productTableFromTable, trafficFromTable } from "../../src/promo/from-table";
import { KPI_KEYS, RATIO_KPI_KEYS, type KpiKey } from "../../src/promo/kpi-keys";
import { kpiPack } from "../../src/promo/kpi-pack";
import { kpiNumberOrNull, type KpiValue } from "../../src/promo/kpi-value";
import { DEFAULT_RULE_THRESHOLDS, type ProductDecision } from "../../src/promo/rules";
import { kpiCell, promoTranslator } from "../../src/report/promo-format";
import { kpiName } from "../../src/report/promo-kpi-table";
import { decisionReasonText, qualityLineText } from "../../src/report/promo-text";
import { promoResultSheets } from "../../src/report/promo";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand, type CommandArgs } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { cliRunRecord, parametersFromFlags } from "../run-record";
import { textTable } from "../text-table";
import { inFile, LINE_ROLES, PRODUCT_ROLES, readTableFile, TRAFFIC_ROLES } from "./promo-columns";

export interface PromoCommandResult {
  readonly analysis: PromotionAnalysis;
  readonly inputAddress: string;
  readonly rowCount: number;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
}

const { input: _input, ...READ_OPTIONS } = INPUT_OPTIONS;

/** `promo --lines FILE [--products FILE] [--traffic FILE]`: the KPI pack and keep / reconsider / clear per product. */
export const promoCommand = defineCommand<PromoCommandResult>({
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
    const linesFile = await readTableFile(values.lines, args, LINE_ROLES);
    const lines = inFile(linesFile.file, () => linesFromTable(linesFile.table, "promo (lines)"));
    const products = await optionalTable(args, "products", PRODUCT_ROLES, (table) =>
      productTableFromTable(table, "promo (products)"),
    );
    const traffic = await optionalTable(args, "traffic", TRAFFIC_ROLES, (table) =>
      trafficFromTable(table, "promo (traffic)"),
    );
    const options = optionsFromFlags(args);
    const analysis = inFile(linesFile.file, () => analysePromotion(lines, products, traffic, options));
    const parameters = parametersFromFlags(values);
    return { analysis, inputAddress: linesFile.inputAddress, rowCount: linesFile.table.rowCount, parameters };
  },
  toJson: promoJson,
  renderText: renderPromoText,
  resultSheets: ({ analysis, inputAddress, rowCount, parameters }, locale) =>
    promoResultSheets(analysis, locale, cliRunRecord(inputAddress, rowCount, parameters)),
});

async function optionalTable<T>(
  args: CommandArgs,
  flag: "products" | "traffic",
  roles: Parameters<typeof readTableFile>[2],
  build: (table: Awaited<ReturnType<typeof readTableFile>>["table"]) => T,
): Promise<T | undefined> {
  const file = args.values[flag];
  if (typeof file !== "string") return undefined;
  const loaded = await readTableFile(file, args, roles);
  return inFile(file, () => build(loaded.table));
}

function optionsFromFlags({ values }: CommandArgs) {
  const ratio = (name: string, fallback: number): number => {
    const text = values[name];
    if (text === undefined) return fallback;
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
  return {
    thresholds: {
      keepConversionAbove: ratio("keep-conversion", DEFAULT_RULE_THRESHOLDS.keepConversionAbove),
      candidateSellThroughAbove: ratio(
        "candidate-sell-through",
        DEFAULT_RULE_THRESHOLDS.candidateSellThroughAbove,
      ),
    },
    rule: rule === "discount-band" ? ("discountBand" as const) : ("product" as const),
  };
}

type AnyDecision = ProductDecision | ProductBandDecision;

/** The decision's reason in words (English for JSON, the chosen language for text). */
function reasonText(locale: Locale, decision: AnyDecision): string {
  if (!("bandLabel" in decision)) return decisionReasonText(locale, decision.reason);
  const t = promoTranslator(locale);
  if (decision.reason === null || decision.bandLabel === null) {
    return t("reason.outside", { where: t(`where.${decision.outside ?? "missing"}`) });
  }
  return t("reason.band", { band: decision.bandLabel, reason: decisionReasonText(locale, decision.reason) });
}

/**
 * { kpis: {key: number|null}, undefined: {key: {code, reason}}, products: [{productId, decision, rule,
 * reason, gmv, units, buyers, uv, conversion, sellThrough, band?}], quality: [{kind, …, text}] }
 */
function promoJson({ analysis }: PromoCommandResult) {
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
        reason: reasonText("en", decision),
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

function renderPromoText({ analysis, inputAddress }: PromoCommandResult, locale: Locale): string {
  const t = promoTranslator(locale);
  const kpiRows = KPI_KEYS.map((key) => [kpiName(locale, key), kpiText(t, key, analysis.pack[key])]);
  const decisions: readonly AnyDecision[] = analysis.decisions;
  const productRows = decisions.map((decision) => [
    decision.productKey,
    t(`decision.${decision.decision}`),
    reasonText(locale, decision),
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
