/**
 * Calls the worksheet functions as Excel calls them, for the excel-calls*.test.ts files: the metadata the build
 * emits (the generator over functions/*.ts, then the webpack step that adds allowErrorForDataTypeAny), every
 * implementation by its id, and the simulator's harness (playground/simulator/custom-functions.ts, sources there)
 * with blank cells arriving as null (web) or 0 (desktop).
 */
import { churnProbability } from "../../functions/churn";
import { memberProfile } from "../../functions/profile";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { withErrorInputs } from "../../functions/build/allow-error-inputs.cjs";
import { clv } from "../../functions/clv";
import { clvBgnbd, clvGammaGamma, clvPalive } from "../../functions/clv-btyd";
import { kmeansElbow, kmeansLabels } from "../../functions/kmeans";
import { cycleStats, promoSensitivity } from "../../functions/member";
import {
  promoBand,
  promoConversion,
  promoDiscountRate,
  promoNetSales,
  promoSellRatio,
  promoStockValue,
  promoYoy,
} from "../../functions/promo";
import { promoKpis } from "../../functions/promo-kpis";
import { rfmLevel } from "../../functions/rfm";
import { rfmScore } from "../../functions/rfm-scores";
import { rfmSegment } from "../../functions/rfm-segment";
import { rfmCustomers } from "../../functions/rfm-customers";
import { rfmTable } from "../../functions/rfm-table";
import {
  createFunctionHarness,
  type BlankCellArrival,
  type SheetCell,
} from "../../playground/simulator/custom-functions";

/** Every worksheet function by the id functions.json gives it. */
export const IMPLEMENTATIONS = {
  "CHURN.PROBABILITY": churnProbability,
  CLV: clv,
  "CLV.BGNBD": clvBgnbd,
  "CLV.GAMMAGAMMA": clvGammaGamma,
  "CLV.PALIVE": clvPalive,
  "CYCLE.STATS": cycleStats,
  "KMEANS.ELBOW": kmeansElbow,
  "KMEANS.LABELS": kmeansLabels,
  "MEMBER.PROFILE": memberProfile,
  "PROMO.BAND": promoBand,
  "PROMO.CONVERSION": promoConversion,
  "PROMO.DISCOUNTRATE": promoDiscountRate,
  "PROMO.KPIS": promoKpis,
  "PROMO.NETSALES": promoNetSales,
  "PROMO.SELLRATIO": promoSellRatio,
  "PROMO.SENSITIVITY": promoSensitivity,
  "PROMO.STOCKVALUE": promoStockValue,
  "PROMO.YOY": promoYoy,
  "RFM.LEVEL": rfmLevel,
  "RFM.SCORE": rfmScore,
  "RFM.SEGMENT": rfmSegment,
  "RFM.CUSTOMERS": rfmCustomers,
  "RFM.TABLE": rfmTable,
} as Record<string, (...args: never[]) => unknown>;

const FUNCTIONS_DIR = join(__dirname, "..", "..", "functions");

/** functions.json as the build emits it (generator + allowErrorForDataTypeAny). */
export async function builtMetadata(): Promise<Record<string, unknown>> {
  const files = readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(FUNCTIONS_DIR, name))
    .filter((file) => readFileSync(file, "utf8").includes("@customfunction"));
  const generated = await generateCustomFunctionsMetadata(files);
  return JSON.parse(withErrorInputs(generated.metadataJson)) as Record<string, unknown>;
}

/** The harness over `metadata`, blank cells arriving as null (web) or 0 (desktop). */
export function excelHarness(metadata: unknown, blankCells: BlankCellArrival) {
  return createFunctionHarness({ metadata, implementations: IMPLEMENTATIONS, blankCells });
}

/** The same metadata without the flag: Excel then never passes an error cell to a function. */
export function withoutErrorInputs(metadata: Record<string, unknown>): Record<string, unknown> {
  return { ...metadata, allowErrorForDataTypeAny: undefined };
}

/** An Excel error as { code, message }, or the value itself. */
export function shown(cell: unknown): unknown {
  return cell instanceof CustomFunctions.Error ? { code: cell.code, message: cell.message } : cell;
}

/** A spilled result with its errors shown as { code, message }. */
export function shownRows(result: unknown): unknown[][] {
  return (result as unknown[][]).map((row) => row.map(shown));
}

/** A #VALUE! with `message`, as shown. */
export function valueError(message: string): { code: string; message: string } {
  return { code: "#VALUE!", message };
}

export const NA: SheetCell = { error: "#N/A" };

/** A column of cells, as Excel passes A1:A{n}. */
export function column(...cells: SheetCell[]): SheetCell[][] {
  return cells.map((cell) => [cell]);
}
