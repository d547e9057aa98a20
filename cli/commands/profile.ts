import { profileAnalysis, type ProfileResult, type ProfileSettings } from "../../src/analysis/profile";
import { isCoreError } from "../../src/errors";
import type { Locale } from "../../src/i18n/locale";
import { profileErrorText } from "../../src/i18n/messages/profile-errors";
import { validateAgeBands } from "../../src/member/age-bands";
import { requireOneOrTwoColumns } from "../../src/member/profile";
import { parseDateText } from "../../src/table/parse-date";
import { CliError } from "../cli-error";
import { COLUMN_OPTIONS } from "../column-flags";
import { defineCommand } from "../command";
import { INPUT_OPTIONS } from "../common-flags";
import { loadAnalysisInput, runSheets, runText, type CommandRun } from "./analysis-input";
import { profileJson } from "./profile-json";

export type { ProfileJson } from "./profile-json";

const TERMS = { by: "--by", ageBands: "--age-bands", asOf: "--as-of" } as const;

/** `profile --input FILE --by COL[,COL]`: members and their orders by one or two descriptive columns. */
export const profileCommand = defineCommand<CommandRun<ProfileResult>>({
  usage: [
    "profile --input FILE --by COL[,COL] [--age-bands 18,25,35,45,55] [--as-of DATE] [--member COL]",
    "    [--order COL] [--date COL] [--amount COL] [--json] [--out FILE.xlsx]",
    "",
    "Per group of the column: members, buyers, orders, GMV, shares, AOV = GMV / orders, orders per buyer,",
    "repeat-buyer rate (members with 2+ orders / buyers); the top 5 groups' GMV share; with two columns the",
    "cross-tab of GMV shares. A member's group is the value on their latest line (a category: their first",
    "order; a birthday or age column: the age band, ages in whole years on --as-of, default the day after",
    "the latest order). Blank values are the group Unknown. --json prints {by, groups: [{value, members,",
    "memberShare, buyers, orders, gmv, gmvShare, aov, ordersPerBuyer, repeatBuyerRate}], top5GmvShare, totals,",
    "crossTab?: {rows, columns, gmvShare, rowTotals, columnTotals, columnGroups, columnTop5GmvShare}, asOf,",
    "quality, rows: {read, used, skipped}}.",
  ].join("\n"),
  options: {
    ...INPUT_OPTIONS,
    ...COLUMN_OPTIONS,
    by: { type: "string", valueName: "COL[,COL]", description: "one or two columns to profile by" },
    "age-bands": {
      type: "string",
      valueName: "LIST",
      description: "lower edges of the age bands in years, ascending (default 18,25,35,45,55)",
    },
    "as-of": {
      type: "string",
      valueName: "DATE",
      description: "the day ages are counted on (default: the day after the latest order)",
    },
  },
  async run(args) {
    const { values } = args;
    const settings: ProfileSettings = {
      by: byFlag(values.by, args.locale),
      ...ageBandsFlag(values["age-bands"], args.locale),
      ...asOfFlag(values["as-of"]),
    };
    const input = await loadAnalysisInput(args);
    const file = input.loaded.inputAddress;
    try {
      return { input, run: profileAnalysis(input.loaded.table, settings, input.context) };
    } catch (error) {
      throw inFlagTerms(error, args.locale, file);
    }
  },
  toJson: ({ run }) => profileJson(run.result),
  renderText: runText,
  resultSheets: runSheets,
});

/** "Region,Gender" → ["Region", "Gender"]; one or two names, checked before the file is read. */
function byFlag(value: unknown, locale: Locale): string[] {
  if (typeof value !== "string") throw new CliError("profile requires --by COL or --by COL,COL");
  const names = value.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new CliError(`--by has an empty column name (got "${value}")`);
  try {
    requireOneOrTwoColumns(names);
  } catch (error) {
    throw inFlagTerms(error, locale);
  }
  return names;
}

/** "18,25,35" → [18, 25, 35], checked here: a bad list is the flag's problem, not the file's. */
function ageBandsFlag(value: unknown, locale: Locale): Pick<ProfileSettings, "ageBands"> {
  if (value === undefined) return {};
  const edges = String(value)
    .split(",")
    .map((part) => {
      const edge = part.trim() === "" ? Number.NaN : Number(part);
      if (!Number.isFinite(edge)) throw new CliError(`--age-bands: "${part}" is not a number`);
      return edge;
    });
  try {
    validateAgeBands(edges);
  } catch (error) {
    throw inFlagTerms(error, locale);
  }
  return { ageBands: edges };
}

function asOfFlag(value: unknown): Pick<ProfileSettings, "asOfSerial"> {
  if (value === undefined) return {};
  const serial = typeof value === "string" ? parseDateText(value) : null;
  if (serial === null)
    throw new CliError(`--as-of must be a date such as 2024-12-31 (got "${String(value)}")`);
  return { asOfSerial: serial };
}

/** A profile error worded in the user's language with the flags' names, naming the file when given. */
function inFlagTerms(error: unknown, locale: Locale, file?: string): unknown {
  if (!isCoreError(error)) return error;
  const message = profileErrorText(locale, error, TERMS);
  return message === null ? error : new CliError(message, file);
}
