/**
 * Rewrites the half-width marks that src/i18n/chinese-punctuation.ts flags in every Chinese catalogue string
 * (test/support/chinese-strings.ts finds them) to full-width, with a bracket's partner and the spaces around a
 * rewritten mark. Run after merging catalogues: `node bin/run-ts.cjs test/support/fix-chinese-punctuation.ts`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { FULL_WIDTH_OF, halfWidthMarksInChinese } from "../../src/i18n/chinese-punctuation";
import { chineseStrings, NOT_CATALOGUE_FILES } from "./chinese-strings";

const root = path.resolve(__dirname, "../..");
const byFile = new Map<string, number[]>();
for (const found of chineseStrings(root)) {
  if (found.locale === "en" || NOT_CATALOGUE_FILES.has(found.file)) continue;
  if (halfWidthMarksInChinese(found.text).length === 0) continue;
  byFile.set(found.file, [...(byFile.get(found.file) ?? []), found.line]);
}

for (const file of byFile.keys()) {
  const full = path.join(root, file);
  const text = fs.readFileSync(full, "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true, kind);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      const raw = node.getText(source);
      const fixed = fixed_(raw);
      if (fixed !== raw) edits.push({ start: node.getStart(source), end: node.getEnd(), text: fixed });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let rewritten = text;
  for (const edit of edits.sort((left, right) => right.start - left.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  fs.writeFileSync(full, rewritten);
  process.stdout.write(`${file}: ${edits.length} strings\n`);
}

function fixed_(raw: string): string {
  if (!/[\u3400-\u9fff]/.test(raw)) return raw;
  const flagged = new Set(halfWidthMarksInChinese(raw).map((mark) => mark.index));
  for (const index of [...flagged]) {
    const partner = bracketPartner(raw, index);
    if (partner !== undefined) flagged.add(partner);
  }
  let out = "";
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw.charAt(index);
    if (flagged.has(index)) {
      out = out.replace(/ +$/, "") + (FULL_WIDTH_OF[character] ?? character);
      while (raw.charAt(index + 1) === " ") index += 1;
    } else {
      out += character;
    }
  }
  return out;
}

function bracketPartner(text: string, index: number): number | undefined {
  const mark = text.charAt(index);
  if (mark !== "(" && mark !== ")") return undefined;
  const step = mark === "(" ? 1 : -1;
  let depth = 0;
  for (let position = index; position >= 0 && position < text.length; position += step) {
    const character = text.charAt(position);
    if (character === "(" || character === "（") depth += mark === "(" ? 1 : -1;
    if (character === ")" || character === "）") depth += mark === "(" ? -1 : 1;
    if (depth === 0) return position;
  }
  return undefined;
}
