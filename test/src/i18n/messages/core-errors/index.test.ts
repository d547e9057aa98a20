/**
 * Every core error a user can reach is worded in all three languages: for each `new CoreError(…)` in src/ (found
 * by the TypeScript parser, so a new throw site is checked without being listed here), coreErrorText words its
 * code in en, zh-TW and zh-CN from the details that site carries, with no placeholder left unfilled. The values
 * put in those details are arbitrary: what is checked is that the wording needs no detail the site lacks.
 */
import * as path from "node:path";
import type { CoreErrorDetails } from "../../../../../src/errors";
import { CORE_ERROR_CODES } from "../../../../../src/error-codes";
import type { Locale } from "../../../../../src/i18n/locale";
import { coreErrorText } from "../../../../../src/i18n/messages/core-errors";
import { CORE_ERROR_AREAS } from "../../../../../src/i18n/messages/core-errors/index";
import { coreErrorMessages, type CoreErrorMessage } from "../../../../support/core-error-messages";

const LOCALES: readonly Locale[] = ["en", "zh-TW", "zh-CN"];

/** A stand-in value per detail the site carries. */
const SAMPLE: Readonly<Record<string, string | number>> = {
  argument: "amount",
  row: 4,
  column: "Amount",
  value: 7,
  bound: 3,
  input: "pareto",
};

/**
 * Sites whose code is a variable, by file: the codes each passes and the details' keys (read from the callers:
 * churn-settings.ts's fail(), kmeans-options.ts's requireWhole(), sql-text-check.ts's callers in src/sql/).
 * bands.ts and promotion.ts rethrow a code thrown elsewhere, with its details and one more key, so the site that
 * threw it first is the one checked.
 */
const VARIABLE_CODE_SITES: Readonly<Record<string, readonly string[]>> = {
  "src/churn/churn-settings.ts": [
    "CHURN_HORIZON_INVALID",
    "CHURN_THRESHOLD_INVALID",
    "CHURN_HOLDOUT_INVALID",
    "SEED_INVALID",
    "CALIBRATION_END_INVALID",
  ],
  "src/cluster/kmeans-options.ts": ["SEED_INVALID", "RESTARTS_INVALID", "MAX_ITERATIONS_INVALID"],
  "src/sql/sql-text-check.ts": ["SQL_TEXT_INVALID", "SQL_IDENTIFIER_INVALID"],
  "src/analysis/bands.ts": [],
  "src/analysis/promotion.ts": [],
};

/**
 * Codes no src/ file throws: the doors throw them and word them (index.ts lists why each is internal to a door).
 * A code added to this set must be worded by its door; a code thrown in src/ must be worded by coreErrorText.
 */
const DOOR_CODES = [
  "AMOUNT_INVALID",
  "CANCELLED",
  "CELL_BLANK",
  "CELL_ERROR",
  "CELL_NOT_TEXT",
  "CLV_HORIZON_REQUIRED",
  "CLV_ORDER_CELL_INVALID",
  "CLV_PARAMS_INCOMPLETE",
  "DATA_TOO_LARGE",
  "DIVISION_BY_ZERO",
  "EMPTY_SELECTION",
  "INVALID_ADDRESS",
  "MULTI_AREA_SELECTION",
  "NOT_FOUND",
  "NO_ANALYSIS",
  "PRODUCT_IDS_MISSING",
  "RANGE_SHAPE_INVALID",
  "RANGE_SHAPE_MISMATCH",
  "REPLACE_INCOMPLETE",
  "REPLACE_NOT_ADDIN_SHEET",
  "REPLACE_UNSUPPORTED",
  "RESULT_TOO_LARGE",
  "SHEET_NOT_FOUND",
  "TOO_MANY_SERIES",
  "WRITE_CANCELLED",
  "WRITE_NOT_CLEANED_UP",
];

interface Throw {
  readonly where: string;
  readonly code: string;
  readonly details: CoreErrorDetails;
}

function throwsAt(site: CoreErrorMessage): Throw[] {
  const where = `${site.file}:${site.line}`;
  const codes =
    site.code === null
      ? (VARIABLE_CODE_SITES[site.file] ?? [`unlisted variable code at ${where}`])
      : [site.code];
  const keys = site.code === null ? variableSiteKeys(site.file) : (site.detailKeys ?? []);
  const details = Object.fromEntries(keys.map((key) => [key, SAMPLE[key]])) as CoreErrorDetails;
  return codes.map((code) => ({ where, code, details }));
}

function variableSiteKeys(file: string): readonly string[] {
  if (file === "src/churn/churn-settings.ts") return ["argument", "value"];
  if (file === "src/sql/sql-text-check.ts") return ["value"];
  return [];
}

const sites = coreErrorMessages(path.resolve(__dirname, "../../../../.."), "src");
const throws = sites.flatMap(throwsAt);

describe("coreErrorText over every throw site in src/", () => {
  it("finds the throw sites and reads their codes", () => {
    // 250 sites when written; every variable-code site is listed above.
    expect(throws.length).toBeGreaterThanOrEqual(240);
    expect(throws.filter((found) => found.code.startsWith("unlisted")).map((found) => found.code)).toEqual(
      [],
    );
  });

  it.each(LOCALES)("words every code at every site in %s, every placeholder filled", (locale) => {
    const unworded = throws
      .filter((found) => {
        const worded = coreErrorText(locale, { code: found.code, details: found.details });
        return worded === null || /\{\w+\}/.test(worded) || worded.trim() === "";
      })
      .map((found) => `${found.where} ${found.code} ${JSON.stringify(found.details)}`);
    expect(unworded).toEqual([]);
  });

  it("leaves unworded only the codes the doors throw and word", () => {
    const thrownInSource = new Set(throws.map((found) => found.code));
    const notThrown = CORE_ERROR_CODES.filter((code) => !thrownInSource.has(code));
    expect(notThrown).toEqual(DOOR_CODES);
  });

  it("words a code in one area only", () => {
    const areasOf = new Map<string, string[]>();
    for (const [area, rows] of CORE_ERROR_AREAS) {
      for (const code of Object.keys(rows)) areasOf.set(code, [...(areasOf.get(code) ?? []), area]);
    }
    expect([...areasOf].filter(([, areas]) => areas.length > 1)).toEqual([]);
  });

  it("has the code's own row under every detailed row, for details without its values", () => {
    const keys = CORE_ERROR_AREAS.flatMap(([, rows]) => Object.keys(rows));
    const orphans = keys.filter(
      (key) => key.endsWith(".detailed") && !keys.includes(key.replace(/\.detailed$/, "")),
    );
    expect(orphans).toEqual([]);
  });

  it("in English gives the core's own message when it has one", () => {
    const message = "At least one row with a member id is needed";
    expect(coreErrorText("en", { code: "NO_MEMBERS", details: {}, message })).toBe(message);
    expect(coreErrorText("zh-TW", { code: "NO_MEMBERS", details: {}, message })).toBe("至少需要一位會員。");
    expect(coreErrorText("zh-CN", { code: "NO_MEMBERS", details: {}, message })).toBe("至少需要一位会员。");
  });

  it("fills an area row from the details: row 1-based, value and bound as given", () => {
    // band-edges.ts: edges [10, 5] → the second edge (row 1), 5, is below 10.
    const details = { argument: "edges", row: 1, value: 5, bound: 10 };
    expect(coreErrorText("zh-TW", { code: "BAND_EDGES_NOT_ASCENDING", details })).toBe(
      "區間分界必須由小到大：第 2 個分界（5）小於 10。",
    );
    expect(coreErrorText("zh-CN", { code: "BAND_EDGES_NOT_ASCENDING", details })).toBe(
      "区间分界必须由小到大：第 2 个分界（5）小于 10。",
    );
    // Without the value the wording needs, the door falls back to the core's message.
    expect(coreErrorText("zh-TW", { code: "BAND_EDGES_NOT_ASCENDING", details: { row: 1 } })).toBeNull();
  });
});
