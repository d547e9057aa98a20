import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import type { Locale } from "../../src/i18n/locale";

/** Where a Chinese string sits: its file (relative to the repository), line, text and locale when known. */
export interface ChineseString {
  readonly file: string;
  readonly line: number;
  /** The literal's text; a template literal's `${…}` parts become `{…}` like a catalogue placeholder. */
  readonly text: string;
  /** The catalogue language the literal belongs to (see enclosingLocale), undefined outside a catalogue. */
  readonly locale: Locale | undefined;
  /** The name of the nearest property the literal is the value of (a catalogue key such as "sheet.yoy"). */
  readonly key: string | undefined;
}

/** The folders whose sources users see strings from: the core, the pane, functions, CLI, engine, playground. */
export const USER_STRING_FOLDERS = ["src", "taskpane", "functions", "cli", "engine", "fileio", "playground"];

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Every string literal, template literal and JSX text with a Han character in the user-facing folders. */
export function chineseStrings(repositoryRoot: string): ChineseString[] {
  const found: ChineseString[] = [];
  for (const folder of USER_STRING_FOLDERS) {
    for (const file of sourceFiles(path.join(repositoryRoot, folder))) {
      const text = fs.readFileSync(file, "utf8");
      const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
      const relative = path.relative(repositoryRoot, file).split(path.sep).join("/");
      collect(source, source, relative, found);
    }
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function collect(node: ts.Node, source: ts.SourceFile, file: string, found: ChineseString[]): void {
  const text = literalText(node);
  if (text !== undefined && HAN.test(text)) {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file, line, text, locale: enclosingLocale(node), key: enclosingKey(node) });
    return;
  }
  ts.forEachChild(node, (child) => collect(child, source, file, found));
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxText(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `{expr}${span.literal.text}`).join("");
  }
  return undefined;
}

/** `const ROWS = { key: ["English", "繁體", "简体"] }`: three texts as a property of an object named ROWS. */
function isRowsEntry(array: ts.ArrayLiteralExpression): boolean {
  const property = array.parent;
  if (array.elements.length !== 3 || !ts.isPropertyAssignment(property)) return false;
  let declaration: ts.Node = property.parent.parent;
  while (ts.isAsExpression(declaration) || ts.isSatisfiesExpression(declaration))
    declaration = declaration.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
  const texts = array.elements.every((element) => literalText(element) !== undefined);
  return texts && /rows/i.test(declaration.name.text);
}

function enclosingKey(node: ts.Node): string | undefined {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (
      ts.isPropertyAssignment(current) &&
      (ts.isStringLiteral(current.name) || ts.isIdentifier(current.name))
    ) {
      return current.name.text;
    }
  }
  return undefined;
}

/**
 * The catalogue shapes in use: `{ "zh-TW": { … } }`, `case "zh-TW":`, `const zhTW = { … }` and rows
 * `key: ["English", "繁體", "简体"]` (position 1 is zh-TW, 2 is zh-CN).
 */
function enclosingLocale(node: ts.Node): Locale | undefined {
  let child: ts.Node = node;
  for (let current = node.parent; current !== undefined; child = current, current = current.parent) {
    const name = localeName(current, child);
    if (name !== undefined) return name;
  }
  return undefined;
}

function localeName(current: ts.Node, child: ts.Node): Locale | undefined {
  let name: string | undefined;
  if (
    ts.isPropertyAssignment(current) &&
    (ts.isStringLiteral(current.name) || ts.isIdentifier(current.name))
  ) {
    name = current.name.text;
  } else if (ts.isCaseClause(current) && ts.isStringLiteral(current.expression)) {
    name = current.expression.text;
  } else if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) {
    name = current.name.text
      .replace(/^zh_?tw$/i, "zh-TW")
      .replace(/^zh_?cn$/i, "zh-CN")
      .replace(/^english$/, "en");
  } else if (ts.isArrayLiteralExpression(current) && isRowsEntry(current)) {
    name = ["en", "zh-TW", "zh-CN"][current.elements.indexOf(child as ts.Expression)];
  }
  return name === "en" || name === "zh-TW" || name === "zh-CN" ? name : undefined;
}

/**
 * Files whose Chinese literals are not catalogue text shown to users: header patterns matched against the
 * user's columns, a date-parsing pattern, the characters that tell legacy encodings apart, an English SQL comment that quotes the study's terms, the glossaries.
 */
export const NOT_CATALOGUE_FILES: ReadonlySet<string> = new Set([
  "src/table/role-patterns.ts",
  "src/table/parse-date.ts",
  "src/sql/promo-kpis-sql.ts",
  // Frequent Chinese characters that tell a legacy encoding (Big5, GBK) from another.
  "fileio/common-hanzi.ts",
  // The sample exports' data: column headers and product names as the studies' exports write them.
  "taskpane/samples/order-samples.ts",
  "taskpane/samples/promotion-samples.ts",
  // The glossaries list the variants a catalogue must not use.
  "src/i18n/glossary/zh-TW.ts",
  "src/i18n/glossary/zh-CN.ts",
]);
