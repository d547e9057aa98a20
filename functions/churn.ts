import { probabilityFromRow, checkCoefficientRow } from "../src/churn/coefficient-row";
import { CoreError, isCoreError } from "../src/errors";
import type { Locale } from "../src/i18n/locale";
import { churnErrorText } from "../src/i18n/messages/churn-errors";
import { requireSpillFits, MAX_SPILL_CELLS } from "../src/report/spill-limit";
import { coefficientCells, isBlankCell, numberIn, requireOneShape, type CellRange } from "./churn/cells";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";

const MEMBER_ARGUMENTS = ["recency", "frequency", "monetary", "tenure"] as const;

/**
 * Probability that a member buys nothing in the churn model's horizon (90 days by default), from the member's recency (days since the last purchase), frequency (distinct purchase days), monetary (total spend) and tenure (days since the first purchase), with a fitted model's coefficients row: the 13 numbers the Churn sheet writes (from the task pane or commerce-analytics churn --out) under "Coefficients row for =CHURN.PROBABILITY": intercept, the weights of recency, frequency, ln(1 + spend) and tenure on standardised values, their training means and their standard deviations. P = 1 / (1 + exp(−(intercept + Σ weight × (value − mean) / sd))); the function takes ln(1 + monetary) itself. Ranges of one size spill one probability per cell. A position where all four cells are blank (or all 0, how desktop Excel passes blank cells; frequency 0 is not a member) stays blank; a blank, text or error cell, frequency below 1, recency below 0 or tenure below recency gives #VALUE! with a message in that cell only. A coefficients row with other than 13 numbers gives one #VALUE!.
 * @customfunction CHURN.PROBABILITY
 * @param recency Days since each member's last purchase, e.g. B2:B500 (or one cell).
 * @param frequency Distinct purchase days of each member, the same size as recency.
 * @param monetary Total spend of each member, the same size as recency.
 * @param tenure Days since each member's first purchase, the same size as recency.
 * @param coefficients The 13-cell coefficients row of the Churn sheet, e.g. Churn!A60:M60.
 * @param [language] Language of the messages: "en" (default), "zh-TW" or "zh-CN".
 * @returns The churn probability of each member, between 0 and 1.
 */
export function churnProbability(
  recency: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  tenure: unknown[][],
  coefficients: unknown[][],
  language?: unknown,
): unknown[][] {
  let locale: Locale = "en";
  try {
    locale = localeFromCell(language);
    const ranges: readonly CellRange[] = [recency, frequency, monetary, tenure];
    requireOneShape(ranges);
    requireSpillFits(
      recency.length * (recency[0]?.length ?? 0),
      () => `CHURN.PROBABILITY: over ${MAX_SPILL_CELLS} cells`,
    );
    const row = coefficientCells(coefficients);
    checkCoefficientRow(row);
    return recency.map((cells, rowIndex) =>
      cells.map((_, columnIndex) => {
        try {
          return memberProbability(ranges, rowIndex, columnIndex, row);
        } catch (error) {
          return churnExcelError(error, locale);
        }
      }),
    );
  } catch (error) {
    return [[churnExcelError(error, locale)]];
  }
}

function memberProbability(
  ranges: readonly CellRange[],
  rowIndex: number,
  columnIndex: number,
  row: readonly number[],
): number | string {
  const cells = ranges.map((range) => range[rowIndex]?.[columnIndex] ?? null);
  if (cells.every(isBlankCell) || cells.every((cell) => cell === 0)) return "";
  const [recencyDays, purchaseDays, spend, tenureDays] = cells.map((cell, index) =>
    numberIn(cell, MEMBER_ARGUMENTS[index] as string, rowIndex, columnIndex),
  ) as [number, number, number, number];
  if (!(purchaseDays >= 1)) invalid("frequency", purchaseDays);
  if (!(recencyDays >= 0)) invalid("recency", recencyDays);
  if (!(tenureDays >= recencyDays)) invalid("tenure", tenureDays, recencyDays);
  return probabilityFromRow(row, { recencyDays, purchaseDays, spend, tenureDays });
}

function invalid(argument: string, value: number, bound?: number): never {
  throw new CoreError("NUMBER_INVALID", `CHURN.PROBABILITY: ${argument} ${value} is not valid`, {
    argument,
    value,
    ...(bound === undefined ? {} : { bound }),
  });
}

/** #VALUE! with the message in the user's language, worded from the error's code and details. */
function churnExcelError(error: unknown, locale: Locale): CustomFunctions.Error {
  const worded = isCoreError(error) ? churnErrorText(locale, error.code, error.details) : null;
  if (worded === null) return toExcelError(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, worded);
}
