import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/** One `new CoreError(code, message, …)` in a source: where it is and the message's literal parts. */
export interface CoreErrorMessage {
  readonly file: string;
  readonly line: number;
  /** The message argument's source text, as written. */
  readonly source: string;
  /** Every literal piece of the message (string literals, template heads and tails), in order. */
  readonly parts: readonly string[];
  /** True when the message is a literal or template literal, so parts[0] is how the message starts. */
  readonly startsWithLiteral: boolean;
  /** The code when written as a string literal ("K_INVALID"); null when a variable carries it. */
  readonly code: string | null;
  /**
   * The details' keys every throw from this site carries (`{ argument, value: k }` → ["argument", "value"]):
   * properties of an object literal, not those of a spread; null when the details are not an object literal
   * or spread another object in (`{ ...error.details, argument }`), so their keys are not known here.
   */
  readonly detailKeys: readonly string[] | null;
}

/** The messages of every `new CoreError(…)` in `text`, parsed as TypeScript (`file` names it in the result). */
export function coreErrorMessagesIn(text: string, file: string): CoreErrorMessage[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: CoreErrorMessage[] = [];
  const visit = (node: ts.Node): void => {
    const callArguments =
      ts.isNewExpression(node) && node.expression.getText(source) === "CoreError"
        ? node.arguments
        : undefined;
    const message = callArguments?.[1];
    if (message !== undefined) {
      const parts: string[] = [];
      collectParts(message, parts);
      const codeArgument = callArguments?.[0];
      found.push({
        file,
        line: source.getLineAndCharacterOfPosition(message.getStart(source)).line + 1,
        source: message.getText(source),
        parts,
        startsWithLiteral:
          ts.isStringLiteral(message) ||
          ts.isNoSubstitutionTemplateLiteral(message) ||
          ts.isTemplateExpression(message),
        code: codeArgument !== undefined && ts.isStringLiteral(codeArgument) ? codeArgument.text : null,
        detailKeys: detailKeysOf(callArguments?.[2]),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The messages of every `new CoreError(…)` under `folder` (relative file names, "/" separated). */
export function coreErrorMessages(repositoryRoot: string, folder: string): CoreErrorMessage[] {
  return sourceFiles(path.join(repositoryRoot, folder)).flatMap((file) =>
    coreErrorMessagesIn(
      fs.readFileSync(file, "utf8"),
      path.relative(repositoryRoot, file).split(path.sep).join("/"),
    ),
  );
}

function detailKeysOf(details: ts.Expression | undefined): string[] | null {
  if (details === undefined) return [];
  if (!ts.isObjectLiteralExpression(details)) return null;
  const keys: string[] = [];
  for (const property of details.properties) {
    if (ts.isSpreadAssignment(property)) {
      // A conditional spread (`...(bound === undefined ? {} : { bound })`) adds keys only sometimes.
      if (!ts.isParenthesizedExpression(property.expression)) return null;
      continue;
    }
    if (
      (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
      ts.isIdentifier(property.name)
    ) {
      keys.push(property.name.text);
    }
  }
  return keys;
}

function collectParts(node: ts.Node, parts: string[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    parts.push(node.text);
    return;
  }
  if (ts.isTemplateExpression(node)) {
    parts.push(node.head.text);
    for (const span of node.templateSpans) {
      collectParts(span.expression, parts);
      parts.push(span.literal.text);
    }
    return;
  }
  // A condition's literals ("perMember" in `shape === "perMember" ? …`) pick a message; they are not part of it.
  if (ts.isConditionalExpression(node)) {
    collectParts(node.whenTrue, parts);
    collectParts(node.whenFalse, parts);
    return;
  }
  if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return;
  ts.forEachChild(node, (child) => collectParts(child, parts));
}

const COMPARISONS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}
