import { CoreError, isCoreError, messageInTermsOf } from "../src/errors";
import type { Locale } from "../src/i18n/locale";
import { profileErrorText } from "../src/i18n/messages/profile-errors";
import { isErrorCell, type CellInput } from "./shared/cells";
import { runFunctionJob } from "./shared/engine";
import { toExcelError } from "./shared/excel-error";
import { localeFromCell } from "./shared/language-cell";
import { requireSameShape, type Range } from "./shared/range-columns";

const NAME = "MEMBER.PROFILE";

/**
 * Member profile (用戶畫像) of order rows by a descriptive column (region, gender, level, age band…): per group the members, their share, buyers (members with an order), orders (distinct order ids per member), GMV (sum of amounts), share of GMV, AOV (GMV / orders), orders per buyer and the repeat-buyer rate (members with 2+ orders / buyers). Spills a header row, one row per group (most GMV first; Unknown last), then all members and the top 5 groups' share of GMV (the template's Top5 消費區域占比). A member's group is the value on their last row (lowest in the range) that has one; members with no value form the group Unknown, never dropped. Blank cells: a blank group value is no value (desktop Excel passes a blank cell as 0, so a number 0 is read as blank too: type "0" as text to keep it); a row with a blank member id is left out; a blank order id makes the row an order of its own; a blank amount counts as 0 (so web and desktop agree). An error cell (e.g. #N/A) or a text amount gives #VALUE! naming the range, row and column. Over 100,000 cells gives #VALUE!: use the task pane or the command line (commerce-analytics profile).
 * @customfunction MEMBER.PROFILE
 * @cancelable
 * @param group_values The descriptive value of each order row (region, gender, level…), e.g. E2:E5000.
 * @param member_ids Member id of each row, a range the size of group_values, e.g. A2:A5000.
 * @param order_ids Order id of each row (rows of one order count once), the same size, e.g. B2:B5000.
 * @param amounts Amount of each row, the same size, e.g. D2:D5000.
 * @param [language] Language of the headers and labels: "en" (default), "zh-TW" or "zh-CN".
 * @returns A table with a header row: group, members, share of members, buyers, orders, GMV, share of GMV, AOV, orders per buyer, repeat-buyer rate.
 */
export async function memberProfile(
  group_values: unknown[][],
  member_ids: unknown[][],
  order_ids: unknown[][],
  amounts: unknown[][],
  language?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  let locale: Locale = "en";
  try {
    locale = localeFromCell(language);
    requireSameShape(NAME, { group_values, member_ids, order_ids, amounts });
    return await runFunctionJob(
      "memberProfileSpill",
      {
        groupValues: readCells(group_values, "group_values", groupValueOf),
        memberIds: readCells(member_ids, "member_ids", keyOf),
        orderIds: readCells(order_ids, "order_ids", keyOf),
        amounts: readCells(amounts, "amounts", amountOf),
        locale,
      },
      invocation,
    );
  } catch (error) {
    const excelError = toExcelError(inFunctionTerms(error, locale));
    // Nothing to profile is "not available", as =CYCLE.STATS says it; bad input stays #VALUE!.
    if (isCoreError(error) && error.code === "NO_MEMBERS") {
      return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, excelError.message)]];
    }
    return [[excelError]];
  }
}

/** The cells of a range in row-major order; an error cell stops the function, naming where it is. */
function readCells<T>(range: Range, name: string, read: (cell: CellInput, what: string) => T): T[] {
  return range.flatMap((row, rowIndex) =>
    row.map((cell, columnIndex) => {
      const what = `${NAME}: ${name} (row ${rowIndex + 1}, column ${columnIndex + 1})`;
      if (isErrorCell(cell)) {
        throw new CoreError("CELL_ERROR", `${what} is an error value (${(cell as { code: string }).code})`, {
          argument: name,
          row: rowIndex,
        });
      }
      return read(cell, what);
    }),
  );
}

function isBlank(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "" || cell === 0;
}

/** A group value as text; blank, "" and 0 (desktop's blank cell) are no value. */
function groupValueOf(cell: CellInput): string | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** A member or order id; blank and 0 are none. */
function keyOf(cell: CellInput, what: string): string | number | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))) return cell;
  throw new CoreError("KEY_INVALID", `${what} must be text or a number (got ${JSON.stringify(cell)})`);
}

/** An amount; blank (null on the web, 0 on desktop) is 0. */
function amountOf(cell: CellInput, what: string): number | null {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new CoreError("AMOUNT_INVALID", `${what} must be a number (got ${JSON.stringify(cell)})`);
}

/** The profile's own errors in the chosen language; the rest with the function's name leading. */
function inFunctionTerms(error: unknown, locale: Locale): unknown {
  if (!isCoreError(error)) return error;
  const terms = { by: "group_values", ageBands: "", asOf: "" };
  const worded = profileErrorText(locale, error, terms);
  return new CoreError(error.code, worded ?? messageInTermsOf(error, NAME), error.details);
}
