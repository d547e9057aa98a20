/**
 * Finds the JSDoc `@example` tags of a TypeScript source file with the compiler's own JSDoc parser, so an
 * example is exactly what an editor shows under the declaration (a tag in the middle of a one-line JSDoc,
 * `/** Name. @example f(1) // 2 *\/`, counts too).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface DocExample {
  /** The source file, as given to {@link extractExamples} (the runner passes a repository-relative path). */
  readonly file: string;
  /** 1-based line of the `@example` tag; line i of `text` is source line `line + i`. */
  readonly line: number;
  /** The tag's text with the JSDoc margins (` * `) and the closing `*\/` removed, line for line. */
  readonly text: string;
}

/**
 * Every `@example` tag in `sourceText`, in source order, whatever it documents (an exported function, a
 * class, a method). Cost: one parse of the file.
 */
export function extractExamples(file: string, sourceText: string): DocExample[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const examples: DocExample[] = [];
  const visit = (node: ts.Node): void => {
    for (const tag of ts.getJSDocTags(node)) {
      // getJSDocTags also answers for a parameter with its function's tags: keep each tag once.
      if (tag.tagName.text !== "example" || seen.has(tag.pos)) continue;
      seen.add(tag.pos);
      examples.push({
        file,
        line: source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 1,
        text: stripMargins(sourceText.slice(tag.tagName.end, tag.end)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return examples.sort((first, second) => first.line - second.line);
}

/**
 * How many times `@example` is written in the file. The runner compares it with the tags found, so an
 * `@example` the JSDoc parser does not see as a tag (one in a `//` comment, say) fails instead of escaping.
 */
export function countExampleMarkers(sourceText: string): number {
  return sourceText.match(/@example\b/g)?.length ?? 0;
}

/** The `.ts` files under `directory` (declaration files excluded), as paths joined onto it, sorted. */
export function typeScriptFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return typeScriptFilesUnder(path);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
    })
    .sort();
}

/** Drops the ` * ` margin of every line after the first and the closing `*\/`; keeps one line per line. */
function stripMargins(raw: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((line, index) => (index === 0 ? line : line.replace(/^\s*\*(?!\/) ?/, "")));
  const closing = lines.findIndex((line) => line.includes("*/"));
  if (closing >= 0) {
    lines.length = closing + 1;
    lines[closing] = (lines[closing] as string).slice(0, (lines[closing] as string).indexOf("*/"));
  }
  return lines.join("\n").trimEnd();
}
