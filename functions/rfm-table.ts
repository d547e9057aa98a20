import { CoreError, isCoreError } from "../src/errors";
import { rfmMessages } from "../src/i18n/messages/rfm";
import type { MemberIdCell } from "../src/rfm/member-rfm";
import { rfmFromOrders } from "../src/rfm/rfm-from-orders";
import { rfmSegments } from "../src/rfm/rfm-segment";
import { rfmQuantileScores } from "../src/rfm/rfm-scores";
import { isExcelSerialDay } from "../src/table/excel-serial";
import { labelTexts } from "../src/report/segment-text";
import { isErrorCell, optionFromCell, type CellInput } from "./shared/cells";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";

type Range = readonly (readonly CellInput[])[];

/** Spills larger than this belong to the task pane or the command line (DESIGN.md §3). */
const MAX_SPILL_CELLS = 100_000;
const HEADER_KEYS = [
  "report.header.member",
  "report.header.recencyDays",
  "report.header.frequency",
  "report.header.monetary",
  "report.header.recencyScore",
  "report.header.frequencyScore",
  "report.header.monetaryScore",
  "report.header.label",
] as const;

/**
 * R, F and M, their scores and the segment of every member, from order rows, as R's rfm package computes them: recency = days from the member's last order to as_of; frequency = distinct order days (count_by "days", the default) or rows (count_by "rows", R rfm's count, for a table with one row per order); monetary = sum of amounts. Scores 1-5 over all members by RFM.SCORE's rule (edges = PERCENTILE.INC at 20/40/60/80 % + 1; fewer days score higher) and the segment by RFM.SEGMENT's rules. Spills a header row, then one row per member in order of first appearance. as_of defaults to the day after the latest order. Order dates must be date cells (serial numbers): a date typed as text gives #VALUE!. Rows with a blank member id, order date or amount are left out (desktop Excel passes a blank cell as 0, also read as blank for ids and dates). A result over 100,000 cells gives #VALUE!: use the task pane or the command line (commerce-analytics rfm).
 * @customfunction RFM.TABLE
 * @param member_ids Member id of each order row (text or numbers), e.g. A2:A5000.
 * @param order_dates Order date of each row, a range the size of member_ids, e.g. B2:B5000.
 * @param amounts Amount of each row, a range the size of member_ids, e.g. C2:C5000.
 * @param [as_of] Date recency is counted to (default: the day after the latest order).
 * @param [count_by] "days" (default): frequency = distinct order days of the member. "rows": every row is one order.
 * @param [language] Language of the header and segment labels: "en" (default), "zh-TW" or "zh-CN".
 * @returns A table with a header row: member, days since last order, orders, amount, R, F and M scores, segment.
 */
export function rfmTable(
  member_ids: unknown[][],
  order_dates: unknown[][],
  amounts: unknown[][],
  as_of?: unknown,
  count_by?: unknown,
  language?: unknown,
): unknown[][] {
  try {
    const locale = localeFromCell(language);
    const countBy = optionFromCell(count_by ?? null, ["days", "rows"] as const, "days", "count_by");
    const asOfSerial = asOfFromCell(as_of ?? null);
    checkSameShape({ member_ids, order_dates, amounts });
    const members = rfmFromOrders(
      {
        memberIds: readCells(member_ids, "member_ids", memberIdFromCell),
        orderDates: readCells(order_dates, "order_dates", dateFromCell),
        amounts: readCells(amounts, "amounts", amountFromCell),
      },
      { asOfSerial, frequencyBasis: countBy === "rows" ? "lines" : "distinctOrders" },
    );
    const memberCount = members.memberIds.length;
    const cellCount = (memberCount + 1) * HEADER_KEYS.length;
    if (cellCount > MAX_SPILL_CELLS) {
      throw new CoreError(
        "SPILL_TOO_LARGE",
        `RFM.TABLE would spill ${memberCount + 1} rows × ${HEADER_KEYS.length} columns (${cellCount} cells, over ${MAX_SPILL_CELLS}): use the task pane's Segment or the command line (commerce-analytics rfm)`,
      );
    }
    const scores = rfmQuantileScores(members);
    const codes = rfmSegments(scores.recency.scores, scores.frequency.scores, scores.monetary.scores);
    const labels = labelTexts(locale, "rfmSegment", "label");
    const rows: unknown[][] = [HEADER_KEYS.map((key) => rfmMessages(locale, key))];
    for (let member = 0; member < memberCount; member++) {
      rows.push([
        members.memberIds[member],
        members.recencyDays[member],
        members.frequency[member],
        members.monetary[member],
        scores.recency.scores[member],
        scores.frequency.scores[member],
        scores.monetary.scores[member],
        labels[codes[member] as number],
      ]);
    }
    return rows;
  } catch (error) {
    return [[toExcelError(inFunctionTerms(error))]];
  }
}

function checkSameShape(ranges: Readonly<Record<string, Range>>): void {
  const shape = (range: Range): string => `${range.length}×${range[0]?.length ?? 0}`;
  const shapes = Object.entries(ranges).map(([name, range]) => `${name} ${shape(range)}`);
  const [first, ...others] = Object.values(ranges);
  const same = others.every(
    (range) =>
      range.length === first?.length && range.every((row, index) => row.length === first[index]?.length),
  );
  if (!same) {
    throw new CoreError(
      "LENGTH_MISMATCH",
      `the three ranges must be the same size (got ${shapes.join(", ")})`,
    );
  }
}

/** The cells of a range in row-major order, each read by `read` with its position for messages. */
function readCells<T>(range: Range, name: string, read: (cell: CellInput, what: string) => T): T[] {
  const values: T[] = [];
  range.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      const what = `${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`;
      if (isErrorCell(cell)) {
        throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`);
      }
      values.push(read(cell, what));
    }),
  );
  return values;
}

function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

function memberIdFromCell(cell: CellInput, what: string): MemberIdCell {
  if (isBlank(cell)) return null;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/** A date serial; blank and 0 (desktop's blank cell) are null and left out by rfmFromOrders. */
function dateFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell) || cell === 0) return null;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError(
    "DATE_INVALID",
    `${what} must be a date cell from 1900-01-01 to 9999-12-31 (got ${JSON.stringify(cell)})`,
  );
}

function amountFromCell(cell: CellInput, what: string): number | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("AMOUNT_INVALID", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

function asOfFromCell(cell: CellInput): number | undefined {
  if (isBlank(cell)) return undefined;
  if (isExcelSerialDay(cell)) return cell;
  throw new CoreError("AS_OF_NOT_A_DATE", `as_of must be a date (got ${JSON.stringify(cell)})`);
}

/** The core names its own function and option; the cell should name the worksheet function's arguments. */
function inFunctionTerms(error: unknown): unknown {
  if (!isCoreError(error)) return error;
  const message = error.message.replace(/^rfmFromOrders\b/, "RFM.TABLE").replace("(asOfSerial)", "(as_of)");
  return new CoreError(error.code, message);
}
