/**
 * Type-checks every example as TypeScript, in one program for all of them (one per example would take
 * minutes): an example that runs but calls a function with the wrong types would teach a wrong call.
 * Each example becomes a virtual file next to its source, so its relative imports resolve as the source's do.
 */
import { dirname, join } from "node:path";
import ts from "typescript";
import type { DocExample } from "./extract-examples";

/**
 * The type errors of `examples` (files relative to `root`), as "file:line: message" with the example's own
 * line, under the core's compiler options (src/tsconfig.json) with Node's types added, which the CDNOW
 * fixture loader some examples import needs. Cost: one type check of the examples and what they import.
 */
export function exampleTypeErrors(root: string, examples: readonly DocExample[]): string[] {
  const virtual = new Map<
    string,
    { readonly example: DocExample; readonly text: string; readonly bodyLine: number }
  >();
  examples.forEach((example, index) => {
    const modulePath = join(root, example.file);
    const wrapped = wrapExample(example, ts.sys.readFile(modulePath) ?? "");
    virtual.set(join(dirname(modulePath), `__example_${index}_${baseName(example.file)}.ts`), {
      example,
      ...wrapped,
    });
  });
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "src/tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, " "));
      },
    },
  );
  if (config === undefined) throw new Error("src/tsconfig.json could not be read");
  const options = { ...config.options, types: ["node"], noEmit: true };
  const host = ts.createCompilerHost(options);
  const readSource = host.getSourceFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const entry = virtual.get(name);
    return entry === undefined
      ? readSource(name, language, ...rest)
      : ts.createSourceFile(name, entry.text, language);
  };
  host.fileExists = (name) => virtual.has(name) || exists(name);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  return [...virtual].flatMap(([name, { example, bodyLine }]) =>
    program.getSemanticDiagnostics(program.getSourceFile(name)).map((diagnostic) => {
      const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      return `${example.file}:${example.line + Math.max(0, line - bodyLine)}: ${message}`;
    }),
  );
}

/**
 * The example as a module: its imports, the own module's value exports imported by name, then its statements
 * in an async function (so they may shadow an export's name, and `await`), line for line from `bodyLine` on.
 */
function wrapExample(example: DocExample, moduleText: string): { text: string; bodyLine: number } {
  const names = [...new Set(valueExportNames(moduleText))].join(", ");
  const own = `import { ${names} } from "./${baseName(example.file)}";\nvoid [${names}];\n`;
  const source = ts.createSourceFile("example.ts", example.text, ts.ScriptTarget.ES2022, true);
  const imports = source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => statement.getText(source));
  // An async function, so an example of an asynchronous API may `await`.
  const header = `${own}${imports.map((line) => `${line}\n`).join("")}export async function __example(): Promise<void> {\n`;
  // Keep the example's lines (imports blanked) so a diagnostic's line maps back to the comment.
  let body = example.text;
  for (const statement of source.statements.filter(ts.isImportDeclaration)) {
    const start = statement.getStart(source);
    body = body.slice(0, start) + " ".repeat(statement.end - start) + body.slice(statement.end);
  }
  return { text: `${header}${body}\n}\n`, bodyLine: header.split("\n").length - 1 };
}

/** Names of the values a module exports by declaration or `export { … }` (type-only ones left out). */
function valueExportNames(moduleText: string): string[] {
  const source = ts.createSourceFile("module.ts", moduleText, ts.ScriptTarget.ES2022, true);
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return source.statements.flatMap((statement) => {
    if (ts.isExportDeclaration(statement)) {
      if (
        statement.isTypeOnly ||
        statement.exportClause === undefined ||
        !ts.isNamedExports(statement.exportClause)
      )
        return [];
      return statement.exportClause.elements.filter((element) => !element.isTypeOnly).map((e) => e.name.text);
    }
    if (!exported(statement)) return [];
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations.flatMap((d) =>
        ts.isIdentifier(d.name) ? [d.name.text] : [],
      );
    }
    const declaration = statement as ts.Node as { name?: ts.Node };
    const valueKinds = [
      ts.SyntaxKind.FunctionDeclaration,
      ts.SyntaxKind.ClassDeclaration,
      ts.SyntaxKind.EnumDeclaration,
    ];
    return valueKinds.includes(statement.kind) &&
      declaration.name !== undefined &&
      ts.isIdentifier(declaration.name)
      ? [declaration.name.text]
      : [];
  });
}

function baseName(file: string): string {
  return (file.split("/").at(-1) ?? file).replace(/\.ts$/, "");
}
