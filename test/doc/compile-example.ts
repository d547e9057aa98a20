/**
 * Turns an example's text into JavaScript the runner can execute: every result comment becomes a check of
 * the expression statement it follows, and the whole is transpiled (no type check: `npm run typecheck` is
 * not asked to read comments, and one program per example would take minutes).
 */
import ts from "typescript";
import type { DocExample } from "./extract-examples";
import type { Expected } from "./expected";
import { parseExpected } from "./parse-expected";

export interface ExampleCheck {
  /** Source line of the result comment. */
  readonly line: number;
  /** The expression whose value is checked, as written. */
  readonly expression: string;
  readonly expected: Expected;
}

export interface CompiledExample {
  /** CommonJS code, run in an async function; check i is run as `await __check(i, async () => expression)`. */
  readonly javascript: string;
  readonly checks: readonly ExampleCheck[];
}

/** An example the runner cannot read, with the source line at fault. */
export class ExampleFormatError extends Error {
  constructor(
    readonly example: DocExample,
    readonly line: number,
    problem: string,
  ) {
    super(`${example.file}:${line}: ${problem}`);
    this.name = "ExampleFormatError";
  }
}

/**
 * Compiles one example. Cost: one parse and one transpile of the example's text.
 *
 * @throws ExampleFormatError for a syntax error, a comment that is not a result (see parse-expected.ts), a
 *   result that does not follow an expression statement, or an example without any result
 */
export function compileExample(example: DocExample): CompiledExample {
  const text = example.text;
  const source = ts.createSourceFile("example.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (position: number): number =>
    example.line + source.getLineAndCharacterOfPosition(position).line;
  function fail(position: number, problem: string): never {
    throw new ExampleFormatError(example, lineOf(position), problem);
  }
  const syntax =
    ts.transpileModule(text, { reportDiagnostics: true, fileName: "example.ts" }).diagnostics ?? [];
  for (const diagnostic of syntax) {
    fail(diagnostic.start ?? 0, ts.flattenDiagnosticMessageText(diagnostic.messageText, " "));
  }

  const checked = new Map<ts.ExpressionStatement, ExampleCheck>();
  for (const group of commentGroups(source)) {
    const first = group[0] as ts.CommentRange;
    const statement = statementBefore(source, first.pos);
    if (statement === null) {
      fail(first.pos, "a result comment must follow the statement it documents, on its line or the next");
    }
    if (!ts.isExpressionStatement(statement)) fail(first.pos, "a result comment must follow an expression");
    if (checked.has(statement)) fail(first.pos, "one result comment per expression");
    const comment = group.map((range) => {
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia)
        fail(range.pos, "write results as // comments");
      return text.slice(range.pos + 2, range.end).trim();
    });
    let expected: Expected;
    try {
      expected = parseExpected(comment.join(" "));
    } catch (error) {
      return fail(first.pos, (error as Error).message);
    }
    checked.set(statement, {
      line: lineOf(first.pos),
      expression: statement.expression.getText(source),
      expected,
    });
  }
  if (checked.size === 0) fail(0, "an example needs at least one result comment (expression // result)");

  // Replace each checked statement by a call of __check, from the end so earlier positions stay valid.
  const checks = [...checked.values()];
  let rewritten = text;
  [...checked.keys()]
    .map((statement, index) => ({ statement, index }))
    .sort((first, second) => second.statement.pos - first.statement.pos)
    .forEach(({ statement, index }) => {
      const call = `await __check(${index}, async () => (${statement.expression.getText(source)}));`;
      rewritten = rewritten.slice(0, statement.getStart(source)) + call + rewritten.slice(statement.end);
    });
  const javascript = ts.transpileModule(rewritten, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return { javascript, checks };
}

/** Every comment in the example, in order, grouped into runs on consecutive lines. */
function commentGroups(source: ts.SourceFile): ts.CommentRange[][] {
  const text = source.text;
  const byPosition = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) byPosition.set(range.pos, range);
    for (const range of ts.getTrailingCommentRanges(text, node.end) ?? []) byPosition.set(range.pos, range);
    // getChildren includes the punctuation tokens, so a comment before a `)` is found too.
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  const groups: ts.CommentRange[][] = [];
  for (const range of [...byPosition.values()].sort((first, second) => first.pos - second.pos)) {
    const previous = groups.at(-1)?.at(-1);
    const gap = previous === undefined ? null : text.slice(previous.end, range.pos);
    if (gap !== null && /^[ \t]*\r?\n[ \t]*$/.test(gap)) groups.at(-1)?.push(range);
    else groups.push([range]);
  }
  return groups;
}

/**
 * The top-level statement a comment at `position` documents: the one that ends on the comment's line or on
 * the line before it, with nothing but spaces between. Null for a comment inside a statement or after a gap.
 */
function statementBefore(source: ts.SourceFile, position: number): ts.Statement | null {
  const statement = source.statements.filter((candidate) => candidate.end <= position).at(-1);
  if (statement === undefined) return null;
  const gap = source.text.slice(statement.end, position);
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) ? statement : null;
}
