import { CoreError } from "../src/errors";
import type { QuantileEdgeRule } from "../src/rfm/quantile-scores";
import {
  errorCellProblem,
  isBlankOrZeroCell,
  numberFromCell,
  numbersFromRange,
  optionFromCell,
  withoutTrailingZeros,
  type CellInput,
} from "./shared/cells";
import { runSizedFunctionJob } from "./shared/engine";
import { ENGINE_FROM_CELLS } from "./shared/engine-thresholds";
import { toExcelError } from "./shared/excel-error";

/**
 * Quantile score 1 to bins of each value among all_values, by the rule of R's rfm package: edge k = PERCENTILE.INC(all_values, k/bins) + 1 for k = 1 to bins−1 (R type-7 quantiles), and a value scores 1 + the number of edges at or below it, so a whole number equal to a quantile stays in the lower bin. With higher_is_better FALSE (recency days) the scale is reversed: bins + 1 − that. Example: all_values 1 to 10, 5 bins: quantiles 2.8, 4.6, 6.4, 8.2, edges 3.8, 5.6, 7.4, 9.2, scores 1,1,1,2,2,3,3,4,4,5. The +1 suits whole numbers (days, orders, amounts in units); for fractions or amounts in thousands use edge_rule "quantile". Blank cells in all_values are left out, and so are the 0s after its last other number (desktop Excel passes blank cells as 0, so a range selected past its data works in both builds). A blank value cell gives #VALUE! on Excel on the web; desktop passes it as 0, which is scored. An error cell in value (e.g. #N/A) gives #VALUE! naming it in that cell only; a text or error cell in all_values gives every cell #VALUE! naming it, since every score depends on every value. From 100,000 cells (value and all_values together) the work runs on the add-in's worker.
 * @customfunction RFM.SCORE
 * @cancelable
 * @param value A number, or a range of numbers (spills one score per cell). Blank: #VALUE! on the web, scored as 0 on desktop (which passes 0). An error cell: #VALUE! in that cell only.
 * @param all_values The numbers the quantiles are taken over, e.g. the whole column the values come from. Blank cells and trailing 0s (desktop's blanks) are left out; a text or error cell gives every cell #VALUE! naming it.
 * @param [bins] Number of scores, a whole number from 2 to 100 (default 5; blank or 0 means the default).
 * @param [higher_is_better] TRUE (default): the highest values score bins. FALSE: the lowest values do (recency days). Blank or 0 (desktop's empty cell) means the default TRUE: write FALSE.
 * @param [edge_rule] "rfm" (default, also for an empty cell): edges = quantiles + 1, as R's rfm package. "quantile": edges = the quantiles themselves.
 * @returns The score of each value, 1 to bins.
 */
export async function rfmScore(
  value: unknown[][],
  all_values: unknown[][],
  bins?: unknown,
  higher_is_better?: unknown,
  edge_rule?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  const cells = value.map((row) =>
    row.map((cell): number | CustomFunctions.Error => {
      try {
        return numberFromCell(cell, "value");
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
  try {
    const binCount = binCountFromCell(bins ?? null);
    const higherIsBetter = booleanFromCell(higher_is_better ?? null, true, "higher_is_better");
    const edgeRule = edgeRuleFromCell(edge_rule ?? null);
    const allValues = Float64Array.from(populationOf(all_values));
    const values = Float64Array.from(cells.flat().filter((cell): cell is number => typeof cell === "number"));
    const scores = await runSizedFunctionJob(
      "rfmScore",
      { values, allValues, binCount, higherIsBetter, edgeRule },
      { size: cellCount(value) + cellCount(all_values), engineFrom: ENGINE_FROM_CELLS.rfmScore },
      invocation,
    );
    let next = 0;
    return cells.map((row) => row.map((cell) => (typeof cell === "number" ? scores[next++] : cell)));
  } catch (error) {
    const excelError = toExcelError(error);
    return value.map((row) => row.map(() => excelError));
  }
}

/** The cells of a range (rows × columns), blank or not: what the function reads. */
function cellCount(range: readonly (readonly CellInput[])[]): number {
  return range.reduce((count, row) => count + row.length, 0);
}

/**
 * all_values' numbers without blanks and trailing 0s (see withoutTrailingZeros).
 *
 * @throws CoreError QUANTILE_NO_VALUES, CELL_ERROR, CELL_NOT_NUMBER
 */
function populationOf(range: readonly (readonly CellInput[])[]): number[] {
  const numbers = numbersFromRange(range, "all_values");
  const population = withoutTrailingZeros(numbers);
  if (population.length > 0) return population;
  throw new CoreError(
    "QUANTILE_NO_VALUES",
    numbers.length === 0
      ? "all_values requires at least one number"
      : "all_values requires at least one number other than its trailing 0s (desktop Excel passes blank cells as 0, so they are left out)",
  );
}

/** bins: blank, or 0 (desktop's empty cell; never a valid count), means 5. */
function binCountFromCell(cell: CellInput): number {
  if (isBlankOrZeroCell(cell)) return 5;
  const bins = numberFromCell(cell, "bins");
  if (!Number.isInteger(bins) || bins < 2 || bins > 100) {
    throw new CoreError("BIN_COUNT_INVALID", `bins must be a whole number from 2 to 100 (got ${bins})`);
  }
  return bins;
}

/**
 * An optional TRUE/FALSE: blank, and 0, mean `fallback`. Desktop Excel passes an empty cell as 0 and the web as
 * null (office-js issue 4702); reading 0 as FALSE would reverse the scale on desktop only, so 0 is "not given"
 * in both builds and FALSE must be written as FALSE. 1 is TRUE.
 */
function booleanFromCell(cell: CellInput, fallback: boolean, what: string): boolean {
  if (isBlankOrZeroCell(cell)) return fallback;
  const errorProblem = errorCellProblem(cell, what);
  if (errorProblem !== null) throw errorProblem;
  if (typeof cell === "boolean") return cell;
  if (cell === 1) return true;
  throw new CoreError("INVALID_OPTION", `${what} must be TRUE or FALSE (got ${JSON.stringify(cell)})`);
}

function edgeRuleFromCell(cell: CellInput): QuantileEdgeRule {
  const rule = optionFromCell(cell, ["rfm", "quantile"] as const, "rfm", "edge_rule");
  return rule === "rfm" ? "rfmPackage" : "quantile";
}
