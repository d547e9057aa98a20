/*
 * Every JSDoc @example in src/ runs here, one test per example, named file:line, so a documented result that
 * no longer holds fails and points at its comment (issue 9). The convention (docs/decisions.md, "Doc-tested
 * examples"):
 *
 * - An example is TypeScript. It may call every export of its own file by name; anything else it imports,
 *   with a path relative to that file (`import { tableFromGrid } from "../table/table-from-grid";`).
 * - A result is a `//` comment after an expression statement, on the statement's last line or on the lines
 *   right below it (a long result may continue over several `//` lines). Every comment in an example is a
 *   result, and every example has at least one.
 * - A result is a literal: a number, a "string", true, false, null, undefined, [ … ], { field: … }, a typed
 *   array as `Int32Array [1, 2]`, or `throws CoreError CODE`; `…` as the last element or field allows more.
 *   An integer is compared exactly; a number with decimals at the decimals written (`0.4714` is the value
 *   rounded to 4 decimals; `0.1666…` the value truncated). A note in parentheses may follow:
 *   `// 25 (5 days × 50 / 10)`.
 * - An example the runner cannot read fails like a wrong one: none is skipped.
 *
 * runner.test.ts shows, on a fixture, that a wrong and an unreadable example fail; example-types.test.ts
 * type-checks the same examples.
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { countExampleMarkers, extractExamples, typeScriptFilesUnder } from "./extract-examples";
import { exampleFailures } from "./run-example";

const root = join(__dirname, "../..");
const sources = typeScriptFilesUnder(join(root, "src")).map((path) => ({
  file: relative(root, path).split(sep).join("/"),
  text: readFileSync(path, "utf8"),
}));
const examplesByFile = sources.map(({ file, text }) => ({
  file,
  text,
  examples: extractExamples(file, text),
}));
const examples = examplesByFile.flatMap((source) => source.examples);

describe("the @example comments of src/", () => {
  it("finds every @example written in src/ as a JSDoc tag", () => {
    const unseen = examplesByFile
      .filter((source) => countExampleMarkers(source.text) !== source.examples.length)
      .map((source) => source.file);
    expect(unseen).toEqual([]);
    expect(examples.length).toBeGreaterThan(250);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    "%s",
    async (_name, example) => {
      expect(await exampleFailures(root, example)).toEqual([]);
    },
  );
});
