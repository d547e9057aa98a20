import type { AnalysisRun } from "../../src/analysis/context";
import { promotionRun } from "../../src/analysis/promotion-run";
import {
  mergedPromotionSettings,
  readProductInputs,
  type PromotionResult,
  type PromotionSettings,
} from "../../src/analysis/promotion";
import { categoryViewOfRollup } from "../../src/promo/category-view";
import { linesFromTable } from "../../src/promo/from-table";
import { joinRollup } from "../../src/promo/product-join";
import { resolveYears } from "../../src/yoy/resolve-years";
import { CliError } from "../cli-error";
import type { CommandArgs } from "../command";
import { LINE_ROLES } from "../commands/promo-columns";
import { runWithDuckDb, type EngineColumns } from "./engine-run";
import { promoLinesInDuckDb } from "./promo-lines-in-duckdb";
import type { Table } from "../../src/table/types";

/** The product and traffic tables, read by the command as without --engine (one row per product: small). */
export interface PromoSideTables {
  readonly products?: Table;
  readonly traffic?: Table;
}

/**
 * `promo --engine duckdb`: DuckDB rolls the lines file up per product (promoLinesInDuckDb, the promotion SQL's
 * line totals); the product and traffic tables are read as without the flag; the core joins them by product
 * key and computes the KPI pack, bands, decisions, funnel, ABC and categories from the roll-up
 * (joinRollup, promotionRun), as the command does from the lines. Comparing years needs each line's date in
 * the core, so a comparison is refused rather than left out.
 *
 * @throws CliError (see runWithDuckDb) or for a year comparison; CoreError with details.input as the command's
 */
export async function promoWithDuckDb(
  args: CommandArgs,
  settings: PromotionSettings,
  tables: PromoSideTables,
): Promise<{ readonly inputAddress: string; readonly run: AnalysisRun<PromotionResult> }> {
  const merged = mergedPromotionSettings(settings);
  if (merged.yoy.mode !== "none") {
    throw new CliError("--engine duckdb does not compare years in promo (run yoy --engine duckdb for that)");
  }
  const columns: EngineColumns = {
    forWhat: "promo (lines)",
    fileFlag: "lines",
    roles: LINE_ROLES,
    required: [],
    // The core's own reading of the first lines gives its messages for a missing or mistyped column.
    accepts: (sample) => void linesFromTable(sample, "promo (lines)"),
    types: {
      quantity: "number",
      amount: "number",
      unitPrice: "number",
      returnQuantity: "number",
      returnAmount: "number",
    },
  };
  const { products, traffic } = readProductInputs(tables);
  return runWithDuckDb(args, columns, async ({ session, file, source, context }) => {
    const lines = await promoLinesInDuckDb(session, source);
    const join = joinRollup(lines.rollup, lines.lineColumns, products, traffic);
    const categories = products === undefined ? null : categoryViewOfRollup(lines.rollup, products);
    const analysed = { join, categories, lineCount: lines.readRowCount, readRowCount: lines.readRowCount };
    return {
      inputAddress: file,
      run: promotionRun(
        analysed,
        resolveYears(undefined, merged.yoy),
        null,
        merged,
        context(lines.readRowCount),
      ),
    };
  });
}
