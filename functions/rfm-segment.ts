import { CoreError } from "../src/errors";
import { rfmSegmentOf } from "../src/rfm/rfm-segment";
import { rfmSegmentText } from "../src/report/segment-text";
import { isBlankOrZeroCell, numberFromCell, optionFromCell, type CellInput } from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { errorLocaleFromCell, localeFromCell } from "./shared/language-cell";

type Range = readonly (readonly CellInput[])[];

/**
 * Segment of each R-F-M score triple in the ten-segment scheme of R's rfm package: the first rule that holds, in the package's order: Champions R5 F5 M5; Potential Loyalist R3-5 F3-5 M2-5; Loyal Customers R2-4 F2-4 M2-4; Promising R3-4 F1-3 M3-5; New Customers R4-5 F1-3 M1-5; Can't Lose Them R1-2 F3-4 M4-5; At Risk R1-2 F2-5 M4-5; Need Attention R1-3 F3-5 M3-5; About To Sleep R2-3 F1-3 M1-4; Lost R1; otherwise Others. Scores are whole numbers 1 to 5 (RFM.SCORE with 5 bins); anything else gives #VALUE! in that cell. Ranges pair up cell by cell; a single cell goes with every cell of the other ranges. A position whose three scores are all blank stays blank, in both builds (desktop Excel passes a blank cell as 0, and no score is 0), so ranges selected past their data work; one blank score gives #VALUE! in that cell. An error cell (e.g. #N/A) gives #VALUE! naming it in the cells it pairs with only.
 * @customfunction RFM.SEGMENT
 * @param r_score Recency score 1-5 (5 = bought most recently), or a range of scores. Blank (or 0, desktop's blank) with the other two blank: a blank result; an error cell: #VALUE! in that cell only.
 * @param f_score Frequency score 1-5: one cell, or a range the size of r_score. Blanks and error cells as r_score.
 * @param m_score Monetary score 1-5: one cell, or a range the size of r_score. Blanks and error cells as r_score.
 * @param [scheme] "rfm" (default and only scheme): R's rfm package's ten segments. The member study's eight customer types compare orders and amounts with averages rather than scores; the task pane's Segment gives them.
 * @param [language] Language of the labels: "en" (default, also for an empty cell), "zh-TW" or "zh-CN".
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
    const excelError = toExcelError(error, errorLocaleFromCell(language));
    return r_score.map((row) => row.map(() => excelError));
  }
  const cellAt = (range: Range, row: number, column: number): CellInput =>
    range.length === 1 && range[0]?.length === 1 ? range[0][0] : range[row]?.[column];
  const rows: unknown[][] = [];
  for (let row = 0; row < rowCount; row++) {
    const cells: unknown[] = [];
    for (let column = 0; column < columnCount; column++) {
      const triple = [r_score, f_score, m_score].map((range) => cellAt(range, row, column));
      if (triple.every(isBlankOrZeroCell)) {
        cells.push("");
        continue;
      }
      try {
        const [recency, frequency, monetary] = triple;
        cells.push(
          label(
            scoreFromCell(recency, "r_score"),
            scoreFromCell(frequency, "f_score"),
            scoreFromCell(monetary, "m_score"),
          ),
        );
      } catch (error) {
        cells.push(toExcelError(error, errorLocaleFromCell(language)));
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
