import { excelSerialFromParts } from "./excel-serial";
import { normalizeCellText } from "./normalize-text";

/**
 * How to read "a/b/yyyy": month first (US exports) or day first. Year-first dates ("2021/04/03") are always
 * read year, month, day, so there is no third order to choose.
 */
export type DayOrder = "mdy" | "dmy";

const TIME = String.raw`(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*([ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, "i");
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?${TIME}$`, "i");
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`, "i");
const COMPACT = /^\d{8}$/;
const MONTH_NAMES = "january february march april may june july august september october november december";
/** "jan" and "january" → 1 …; also "sept". */
const MONTH_NUMBERS = new Map<string, number>(
  MONTH_NAMES.split(" ").flatMap((name, index) => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
    ...(name === "september" ? [["sept", 9] as [string, number]] : []),
  ]),
);
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[- ]([a-z]{3,9})\.?[- ,]\s*(\d{4})${TIME}$`, "i");
const MONTH_NAME_DAY = new RegExp(String.raw`^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`, "i");

export interface DateTextOptions {
  /** Reading of "a/b/yyyy" dates. @default "mdy" */
  readonly dayOrder?: DayOrder;
  /** Accept "yyyymmdd" (8 digits, years 1900..2100). @default false */
  readonly allowCompact?: boolean;
}

/**
 * Excel serial day number of a date written as text, or null when the text is not one of the accepted forms
 * or not a real calendar date. Accepted: ISO "2021-01-05", "2021-01-05T13:45:00", "2021-01-05 13:45"
 * (a zone suffix such as "Z" or "+08:00" is accepted and ignored: the written wall-clock time is kept),
 * "2021/1/5", "2021.1.5", "2021年1月5日" (日, 号 or 號), "1/5/2021" and "5.1.2021" (per `dayOrder`),
 * "5-Jan-2021", "Jan 5, 2021", "yyyymmdd" (only with `allowCompact`), each with an optional time
 * "13:45", "13:45:30", "1:45 PM". Full-width digits are folded first.
 *
 * Cost: O(length).
 *
 * @example parseDateText("2021年1月5日") // 44201
 * @example parseDateText("1/5/2021 12:00") // 44201.5
 * @example parseDateText("1/5/2021", { dayOrder: "dmy" }) // 44317 (1 May 2021)
 */
export function parseDateText(text: string, options: DateTextOptions = {}): number | null {
  const normalized = normalizeCellText(text);
  let match = YEAR_FIRST.exec(normalized) ?? CHINESE.exec(normalized);
  if (match) return serialOf(match[1], match[2], match[3], match.slice(4));
  match = YEAR_LAST.exec(normalized);
  if (match) {
    const monthFirst = (options.dayOrder ?? "mdy") === "mdy";
    const [month, day] = monthFirst ? [match[1], match[2]] : [match[2], match[1]];
    return serialOf(match[3], month, day, match.slice(4));
  }
  match = DAY_MONTH_NAME.exec(normalized);
  if (match) return serialOf(match[3], monthNumber(match[2]), match[1], match.slice(4));
  match = MONTH_NAME_DAY.exec(normalized);
  if (match) return serialOf(match[3], monthNumber(match[1]), match[2], match.slice(4));
  if (options.allowCompact === true) {
    if (COMPACT.test(normalized)) return serialFromCompactDate(Number(normalized));
  }
  return null;
}

/**
 * What a "a/b/yyyy" date text says about the day order: "dmy" when a > 12, "mdy" when b > 12, null when it
 * does not decide (both ≤ 12) or is not such a date. Used to choose one reading for a whole column.
 *
 * Cost: O(length).
 *
 * @example dayOrderEvidence("25/12/2021") // "dmy"
 */
export function dayOrderEvidence(text: string): DayOrder | null {
  const match = YEAR_LAST.exec(normalizeCellText(text));
  if (!match) return null;
  if (Number(match[1]) > 12) return "dmy";
  return Number(match[2]) > 12 ? "mdy" : null;
}

/**
 * True when a "a/b/yyyy" date text reads as two different real dates (03/04/2021: 3 April or 4 March):
 * both parts ≤ 12 and different. Such cells are reported when no cell of their column decides the order.
 *
 * Cost: O(length).
 *
 * @example isDayOrderAmbiguous("03/04/2021") // true
 * @example isDayOrderAmbiguous("04/04/2021") // false
 */
export function isDayOrderAmbiguous(text: string): boolean {
  const match = YEAR_LAST.exec(normalizeCellText(text));
  if (!match) return false;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first !== second && first >= 1 && second >= 1 && first <= 12 && second <= 12;
}

/**
 * Excel serial of a yyyymmdd integer (e.g. 20210105 → 44201), or null when it is not a real date in
 * 1900..2100. Exports from order systems (and CDNOW) store dates this way; the narrow year range keeps
 * ordinary 8-digit numbers from passing for dates.
 *
 * Cost: O(1).
 *
 * @example serialFromCompactDate(20210105) // 44201
 */
export function serialFromCompactDate(value: number): number | null {
  if (!Number.isInteger(value) || value < 19000101 || value > 21001231) return null;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  return excelSerialFromParts({ year, month, day: value % 100, hours: 0, minutes: 0, seconds: 0 });
}

function serialOf(
  year: string | undefined,
  month: string | number | undefined,
  day: string | undefined,
  time: readonly (string | undefined)[],
): number | null {
  const [hourText, minuteText, secondText, meridiem] = time;
  let hours = hourText === undefined ? 0 : Number(hourText);
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    const pm = meridiem.toLowerCase().startsWith("p");
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  return excelSerialFromParts({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hours,
    minutes: minuteText === undefined ? 0 : Number(minuteText),
    seconds: secondText === undefined ? 0 : Number(secondText),
  });
}

function monthNumber(name: string | undefined): number {
  return MONTH_NUMBERS.get((name ?? "").toLowerCase()) ?? 0;
}
