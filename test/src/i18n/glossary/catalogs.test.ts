import * as path from "node:path";
import { halfWidthMarksInChinese } from "../../../../src/i18n/chinese-punctuation";
import { glossaryViolations } from "../../../../src/i18n/glossary/glossary-entry";
import { ZH_CN_GLOSSARY } from "../../../../src/i18n/glossary/zh-CN";
import { ZH_TW_GLOSSARY } from "../../../../src/i18n/glossary/zh-TW";
import { chineseStrings, NOT_CATALOGUE_FILES, type ChineseString } from "../../../support/chinese-strings";

/*
 * Walks every Chinese string literal in src/, taskpane/, functions/, cli/, engine/, fileio/ and playground/ (the
 * TypeScript parser finds them, so a catalogue added by anyone is checked without being listed here) and holds
 * each zh-TW / zh-CN string to the punctuation rule of src/i18n/chinese-punctuation.ts and to its locale's
 * glossary (src/i18n/glossary). Fix a failure with `node bin/run-ts.cjs test/support/fix-chinese-punctuation.ts`
 * (punctuation) or by using the glossary's term.
 */
const root = path.resolve(__dirname, "../../../..");
const all = chineseStrings(root);
const where = (found: ChineseString) => `${found.file}:${found.line} ${JSON.stringify(found.text)}`;

describe("every Chinese catalogue string", () => {
  it("finds the catalogues: the pane's, the features', the core's, the functions', the CLI's", () => {
    const files = new Set(all.filter((found) => found.locale !== undefined).map((found) => found.file));
    for (const file of [
      "src/i18n/messages/cluster.ts",
      "src/i18n/messages/table.ts",
      "src/i18n/messages/profile.ts",
      "taskpane/i18n/pane-messages.ts",
      "taskpane/features/segment/messages.ts",
      "taskpane/features/members/messages.ts",
      "taskpane/excel/error-messages.ts",
      "cli/commands/rfm-text.ts",
      "cli/commands/clv/messages.ts",
    ]) {
      expect(files).toContain(file);
    }
    expect(all.filter((found) => found.locale === "zh-TW").length).toBeGreaterThan(900);
  });

  it("belongs to a locale (zh-TW or zh-CN), unless it is data in a known non-catalogue file", () => {
    const orphans = all.filter(
      (found) =>
        found.locale === undefined &&
        !NOT_CATALOGUE_FILES.has(found.file) &&
        !found.file.startsWith("playground/"),
    );
    expect(orphans.map(where)).toEqual([]);
  });

  it("writes : , ( ) ; ? ! full-width next to Chinese", () => {
    const wrong = all
      .filter((found) => found.locale !== "en" && !NOT_CATALOGUE_FILES.has(found.file))
      .filter((found) => halfWidthMarksInChinese(found.text).length > 0)
      .map(
        (found) =>
          `${where(found)} → ${halfWidthMarksInChinese(found.text)
            .map((mark) => mark.context)
            .join(" | ")}`,
      );
    expect(wrong).toEqual([]);
  });

  it("closes a full-width bracket with a full-width one", () => {
    const mixed = all
      .filter((found) => found.locale === "zh-TW" || found.locale === "zh-CN")
      .filter((found) => /（[^（）()]*\)|\([^（）()]*）/.test(found.text));
    expect(mixed.map(where)).toEqual([]);
  });

  it.each([
    ["zh-TW", ZH_TW_GLOSSARY],
    ["zh-CN", ZH_CN_GLOSSARY],
  ] as const)("uses the %s glossary's one term per concept", (locale, glossary) => {
    const wrong = all
      .filter((found) => found.locale === locale && !NOT_CATALOGUE_FILES.has(found.file))
      .flatMap((found) =>
        glossaryViolations(found.text, glossary).map(
          (hit) => `${where(found)}: "${hit.found}" → ${hit.term}`,
        ),
      );
    expect(wrong).toEqual([]);
  });
});

// Catalogue keys that name a worksheet ("sheet", "sheetName", "cycleSheet", "sheet.yoy", "report.sheet.elbow"),
// and the sample exports' sheet names (taskpane/samples/); "goToSheet" and "writtenSheet" are sentences about a sheet.
const SHEET_KEY = /^(sheet|sheetName|[a-z]+Sheet)$|(^|\.)sheet(Name)?(\.|$)/;
const SENTENCE_KEY = /^(goTo|written|onGoTo)/;

describe("every Chinese worksheet name", () => {
  const sheetNames = all.filter(
    (found) =>
      found.key !== undefined &&
      ((SHEET_KEY.test(found.key) && !SENTENCE_KEY.test(found.key)) ||
        (found.file.startsWith("taskpane/samples/") && found.key === "name")),
  );

  it("is found: the Intake, Segments, Promotion, member and sample sheets", () => {
    const names = sheetNames.map((found) => found.text);
    for (const name of [
      "資料檢查",
      "数据检查",
      "分群",
      "促銷分析",
      "促销同比",
      "購買週期",
      "會員訂單",
      "範例訂單",
      "示例促销明细",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("is a name Excel accepts: 1-31 characters, none of : \\ / ? * [ ], no apostrophe at either end", () => {
    const bad = sheetNames.filter(
      (found) =>
        found.text.length < 1 ||
        found.text.length > 31 ||
        /[:\\/?*[\]]/.test(found.text) ||
        /^'|'$/.test(found.text),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it("is short enough for a sheet tab and the pane's list of written sheets: at most 12 characters", () => {
    const long = sheetNames.filter((found) => found.text.replace(/\{\w+\}/g, "").length > 12);
    expect(long.map(where)).toEqual([]);
  });
});
