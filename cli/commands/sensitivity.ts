import { sensitivityAnalysis, type SensitivityResult } from "../../src/analysis/sensitivity";
import { isCoreError } from "../../src/errors";
import type { PriceSensitivity } from "../../src/member/price-sensitivity";
import type { DiscountConvention } from "../../src/member/promotion-flags";
import type { PromotionSensitivity } from "../../src/member/promotion-sensitivity";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";

export interface SensitivityJson {
  readonly promotion: PromotionSensitivity | null;
  readonly price: PriceSensitivity | null;
}

const CONVENTIONS: readonly DiscountConvention[] = ["paidRatio", "offRatio", "amount"];

/** `sensitivity --input FILE`: promotion sensitivity (coupon / discount use) and price sensitivity. */
export const sensitivityCommand = defineCommand<CommandRun<SensitivityResult>>({
  usage: [
    "sensitivity --input FILE [--coupon COL | --discount-column COL [--discount-convention paidRatio|offRatio|amount]]",
    "        [--category COL --unit-price COL] [--member COL] [--order COL] [--json] [--out FILE.xlsx]",
    "",
    "Promotion: share = a member's orders with a coupon or discount / their orders; low ≤ Q1 < mid < Q3 ≤ high",
    "(quartiles of all members, R type 7). Price: mean of unit price / the category's median unit price.",
    "--json prints {promotion: {members: [{memberId, orders, promotedOrders, promotedShare, tag}], q1Share,",
    "q3Share, tagCounts: {low, mid, high}, overallPromotedShare, skippedRows} | null, price: {members:",
    "[{memberId, rows, priceIndex}], categories: [{category, rows, medianUnitPrice}], summary: {count, mean, min,",
    "q1, median, q3, max}, skippedRows} | null}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    "discount-convention": {
      type: "string",
      valueName: "NAME",
      description: "paidRatio (0.8 = 20% off, default), offRatio (0.2 = 20% off) or amount (money off)",
    },
  },
  async run(args) {
    const settings = conventionFlag(args.values["discount-convention"]);
    const input = await loadAnalysisInput(args);
    try {
      return { input, run: sensitivityAnalysis(input.loaded.table, settings, input.context) };
    } catch (error) {
      // The core names the columns; the command line adds the flags that map them.
      if (
        isCoreError(error) &&
        error.code === "MISSING_COLUMN" &&
        error.details.argument === "couponAmount"
      ) {
        throw new CliError(
          "sensitivity requires a coupon or discount column (--coupon COL, --discount-column COL), or category and unit price columns (--category COL --unit-price COL)",
          typeof args.values.input === "string" ? args.values.input : undefined,
        );
      }
      throw error;
    }
  },
  toJson: ({ run }): SensitivityJson => ({
    promotion: run.result.promotion ?? null,
    price: run.result.price ?? null,
  }),
  renderText: runText,
  resultSheets: runSheets,
});

function conventionFlag(value: unknown): { readonly discountConvention?: DiscountConvention } {
  if (value === undefined) return {};
  const match = CONVENTIONS.find((convention) => convention.toLowerCase() === String(value).toLowerCase());
  if (match === undefined) {
    throw new CliError(
      `--discount-convention must be one of ${CONVENTIONS.join(", ")} (got "${String(value)}")`,
    );
  }
  return { discountConvention: match };
}
