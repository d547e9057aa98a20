import { CoreError } from "../src/errors";
import { quantileScores, scoresFromEdges, type QuantileEdgeRule } from "../src/rfm/quantile-scores";
import { rfmSegmentOf } from "../src/rfm/rfm-segment";
import { rfmSegmentText } from "../src/report/segment-text";
import { mapCells, numberFromCell, numbersFromRange, optionFromCell, type CellInput } from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";

type Range = readonly (readonly CellInput[])[];

/**
 * Quantile score 1 to bins of each value among all_values, by the rule of R's rfm package: edge k = PERCENTILE.INC(all_values, k/bins) + 1 for k = 1 to bins−1 (R type-7 quantiles), and a value scores 1 + the number of edges at or below it, so a whole number equal to a quantile stays in the lower bin. With higher_is_better FALSE (recency days) the scale is reversed: bins + 1 − that. Example: all_values 1 to 10, 5 bins: quantiles 2.8, 4.6, 6.4, 8.2, edges 3.8, 5.6, 7.4, 9.2, scores 1,1,1,2,2,3,3,4,4,5. The +1 suits whole numbers (days, orders, amounts in units); for fractions or amounts in thousands use edge_rule "quantile". Blank cells in all_values are left out (desktop Excel passes a blank cell as 0, which then counts); text or error cells there give #VALUE!.
 * @customfunction RFM.SCORE
 * @param value A number, or a range of numbers (spills one score per cell).
 * @param all_values The numbers the quantiles are taken over, e.g. the whole column the values come from.
 * @param [bins] Number of scores, a whole number from 2 to 100 (default 5).
 * @param [higher_is_better] TRUE (default): the highest values score bins. FALSE: the lowest values do (recency days).
 * @param [edge_rule] "rfm" (default): edges = quantiles + 1, as R's rfm package. "quantile": edges = the quantiles themselves.
 * @returns The score of each value, 1 to bins.
 */
export function rfmScore(
  value: unknown[][],
  all_values: unknown[][],
  bins?: unknown,
  higher_is_better?: unknown,
  edge_rule?: unknown,
): unknown[][] {
  let edges: readonly number[];
  let higherIsBetter: boolean;
  try {
    const binCount = binCountFromCell(bins ?? null);
    higherIsBetter = booleanFromCell(higher_is_better ?? null, true, "higher_is_better");
    const edgeRule = edgeRuleFromCell(edge_rule ?? null);
    const allValues = numbersFromRange(all_values, "all_values");
    if (allValues.length === 0) {
      throw new CoreError("QUANTILE_NO_VALUES", "all_values requires at least one number");
    }
    edges = quantileScores(allValues, { binCount, higherIsBetter, edgeRule }).edges;
  } catch (error) {
    const excelError = toExcelError(error);
    return value.map((row) => row.map(() => excelError));
  }
  return mapCells(
    value,
    (cell) => scoresFromEdges([numberFromCell(cell, "value")], edges, higherIsBetter)[0] as number,
    toExcelError,
  );
}

/**
 * Segment of each R-F-M score triple in the ten-segment scheme of R's rfm package: the first rule that holds, in the package's order: Champions R5 F5 M5; Potential Loyalist R3-5 F3-5 M2-5; Loyal Customers R2-4 F2-4 M2-4; Promising R3-4 F1-3 M3-5; New Customers R4-5 F1-3 M1-5; Can't Lose Them R1-2 F3-4 M4-5; At Risk R1-2 F2-5 M4-5; Need Attention R1-3 F3-5 M3-5; About To Sleep R2-3 F1-3 M1-4; Lost R1; otherwise Others. Scores are whole numbers 1 to 5 (RFM.SCORE with 5 bins); anything else gives #VALUE! in that cell. Ranges pair up cell by cell; a single cell goes with every cell of the other ranges.
 * @customfunction RFM.SEGMENT
 * @param r_score Recency score 1-5 (5 = bought most recently), or a range of scores.
 * @param f_score Frequency score 1-5: one cell, or a range the size of r_score.
 * @param m_score Monetary score 1-5: one cell, or a range the size of r_score.
 * @param [scheme] "rfm" (default and only scheme): R's rfm package's ten segments. The member study's eight customer types compare orders and amounts with averages rather than scores; the task pane's Segment gives them.
 * @param [language] Language of the labels: "en" (default), "zh-TW" or "zh-CN".
 * @returns The segment label of each score triple (spills one per cell).
 */
export function rfmSegment(
  r_score: unknown[][],
  f_score: unknown[][],
  m_score: unknown[][],
  scheme?: unknown,
  language?: unknown,
): unknown[][] {
  let rowCount: number;
  let columnCount: number;
  let label: (recency: number, frequency: number, monetary: number) => string;
  try {
    optionFromCell(scheme ?? null, ["rfm"] as const, "rfm", "scheme");
    const locale = localeFromCell(language);
    [rowCount, columnCount] = pairedShape({ r_score, f_score, m_score });
    label = (recency, frequency, monetary) =>
      rfmSegmentText(locale, rfmSegmentOf(recency, frequency, monetary), "label");
  } catch (error) {
    const excelError = toExcelError(error);
    return r_score.map((row) => row.map(() => excelError));
  }
  const cellAt = (range: Range, row: number, column: number): CellInput =>
    range.length === 1 && range[0]?.length === 1 ? range[0][0] : range[row]?.[column];
  const rows: unknown[][] = [];
  for (let row = 0; row < rowCount; row++) {
    const cells: unknown[] = [];
    for (let column = 0; column < columnCount; column++) {
      try {
        cells.push(
          label(
            scoreFromCell(cellAt(r_score, row, column), "r_score"),
            scoreFromCell(cellAt(f_score, row, column), "f_score"),
            scoreFromCell(cellAt(m_score, row, column), "m_score"),
          ),
        );
      } catch (error) {
        cells.push(toExcelError(error));
      }
    }
    rows.push(cells);
  }
  return rows;
}

/** The output shape of ranges paired cell by cell: each is one cell or the same rectangle as the others. */
function pairedShape(ranges: Readonly<Record<string, Range>>): [number, number] {
  const shapes = Object.entries(ranges).map(([name, range]): [string, number, number] => {
    const columns = range[0]?.length ?? 0;
    if (range.length === 0 || columns === 0 || range.some((row) => row.length !== columns)) {
      throw new CoreError("RANGE_SHAPE_INVALID", `${name} must be a cell or a rectangular range`);
    }
    return [name, range.length, columns];
  });
  const rows = Math.max(...shapes.map(([, count]) => count));
  const columns = Math.max(...shapes.map(([, , count]) => count));
  const odd = shapes.find(([, r, c]) => !(r === 1 && c === 1) && (r !== rows || c !== columns));
  if (odd !== undefined) {
    const sizes = shapes.map(([name, r, c]) => `${name} ${r}×${c}`).join(", ");
    throw new CoreError(
      "COLUMN_LENGTH_MISMATCH",
      `the score ranges must be one cell or the same size (got ${sizes})`,
    );
  }
  return [rows, columns];
}

function scoreFromCell(cell: CellInput, what: string): number {
  const score = numberFromCell(cell, what);
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    throw new CoreError("SCORE_INVALID", `${what} must be a whole number from 1 to 5 (got ${score})`);
  }
  return score;
}

function binCountFromCell(cell: CellInput): number {
  if (cell === null || cell === "") return 5;
  const bins = numberFromCell(cell, "bins");
  if (!Number.isInteger(bins) || bins < 2 || bins > 100) {
    throw new CoreError("BIN_COUNT_INVALID", `bins must be a whole number from 2 to 100 (got ${bins})`);
  }
  return bins;
}

function booleanFromCell(cell: CellInput, fallback: boolean, what: string): boolean {
  if (cell === null || cell === "") return fallback;
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  throw new CoreError("INVALID_OPTION", `${what} must be TRUE or FALSE (got ${JSON.stringify(cell)})`);
}

function edgeRuleFromCell(cell: CellInput): QuantileEdgeRule {
  const rule = optionFromCell(cell, ["rfm", "quantile"] as const, "rfm", "edge_rule");
  return rule === "rfm" ? "rfmPackage" : "quantile";
}
