/**
 * Runs a compiled example with its own module's exports in scope and answers, check by check, whether the
 * documented result holds.
 */
import { dirname, resolve } from "node:path";
import { CoreError } from "../../src/errors";
import { compileExample, type CompiledExample } from "./compile-example";
import type { DocExample } from "./extract-examples";
import { mismatch, show } from "./match-expected";

export interface CheckOutcome {
  /** Source line of the result comment. */
  readonly line: number;
  readonly expression: string;
  /** Null when the documented result holds, else what differs. */
  readonly problem: string | null;
}

/**
 * Runs `compiled` (from `example`, whose file is relative to `root`). The example sees every export of its
 * own module by name; an import in its text resolves from the module's folder, as the module's own imports
 * do. Modules load through Jest's registry, so they are transformed like any test's imports.
 *
 * @throws Error when the example throws outside a checked expression (in its setup)
 */
export async function runExample(
  root: string,
  example: DocExample,
  compiled: CompiledExample,
): Promise<CheckOutcome[]> {
  const modulePath = resolve(root, example.file);
  const ownExports = require(modulePath) as Record<string, unknown>;
  const scopedRequire = (specifier: string): unknown =>
    require(specifier.startsWith(".") ? resolve(dirname(modulePath), specifier) : specifier);
  const names = Object.keys(ownExports).filter(
    (name) => name !== "__esModule" && name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name),
  );

  const problems = new Map<number, string | null>();
  const check = async (index: number, evaluate: () => Promise<unknown>): Promise<void> => {
    const expected = compiled.checks[index]?.expected;
    if (expected === undefined) throw new Error(`no check ${index}`);
    let value: unknown;
    try {
      value = await evaluate();
    } catch (error) {
      problems.set(
        index,
        expected.kind === "throws" ? thrownMismatch(error, expected.code) : `threw ${errorText(error)}`,
      );
      return;
    }
    problems.set(index, mismatch(value, expected));
  };
  // The example's own declarations live in an inner function, so they may shadow an export's name; it is
  // async, so an example of an asynchronous API may `await`.
  const body = `const { ${names.join(", ")} } = __scope;\nreturn (async () => {\n${compiled.javascript}\n})();`;
  const run = new Function("require", "exports", "module", "__scope", "__check", body) as (
    ...args: unknown[]
  ) => Promise<void>;
  try {
    await run(scopedRequire, {}, { exports: {} }, ownExports, check);
  } catch (error) {
    throw new Error(
      `${example.file}:${example.line}: the example threw outside a checked expression: ${errorText(error)}`,
    );
  }
  return compiled.checks.map((check, index) => ({
    line: check.line,
    expression: check.expression,
    problem: problems.has(index) ? (problems.get(index) ?? null) : "never ran",
  }));
}

/**
 * Compiles and runs one example: one line per documented result that does not hold ("file:line: expression:
 * what differs"), none when all hold.
 *
 * @throws ExampleFormatError for an example the runner cannot read; Error for one that throws in its setup
 */
export async function exampleFailures(root: string, example: DocExample): Promise<string[]> {
  return (await runExample(root, example, compileExample(example)))
    .filter((outcome) => outcome.problem !== null)
    .map((outcome) => `${example.file}:${outcome.line}: ${outcome.expression}: ${outcome.problem}`);
}

/** An error in one line: "CoreError NO_MEMBERS: …", "ReferenceError: x is not defined"; anything else shown. */
function errorText(error: unknown): string {
  if (error instanceof CoreError) return `CoreError ${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : `a non-error ${show(error)}`;
}

function thrownMismatch(error: unknown, code: string): string | null {
  if (!(error instanceof CoreError)) return `expected a throw of CoreError ${code}, got ${errorText(error)}`;
  return error.code === code
    ? null
    : `expected a throw of CoreError ${code}, got ${error.code}: ${error.message}`;
}
