/*
 * Every JSDoc @example in src/ type-checks (issue 9): examples.test.ts runs them without types (transpiled,
 * for speed), so an example that works at run time but calls a function with arguments of the wrong type
 * would otherwise teach a wrong call. One program for all examples (see typecheck-examples.ts), with a
 * fixture example made wrong on purpose, so the check is seen to fail.
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { extractExamples, typeScriptFilesUnder, type DocExample } from "./extract-examples";
import { exampleTypeErrors } from "./typecheck-examples";

const root = join(__dirname, "../..");
const fixture = "test/doc/fixtures/doc-sample.ts";

function fixtureExample(): DocExample {
  const [example] = extractExamples(fixture, readFileSync(join(root, fixture), "utf8"));
  if (example === undefined) throw new Error("the fixture has no example");
  return example;
}

describe("the @example comments of src/", () => {
  const examples = typeScriptFilesUnder(join(root, "src")).flatMap((path) =>
    extractExamples(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8")),
  );
  const right = fixtureExample();
  const wrong = { ...right, text: `${right.text}\ntwice("21") // 42` };
  let errors: string[] = [];
  beforeAll(() => {
    errors = exampleTypeErrors(root, [...examples, right, wrong]);
  });

  it("type-check against the code they document", () => {
    expect(errors.filter((error) => error.startsWith("src/"))).toEqual([]);
  });

  it("report a type error at the example's line (a fixture example given a string for a number)", () => {
    expect(errors.filter((error) => !error.startsWith("src/"))).toEqual([
      `${fixture}:${right.line + 1}: Argument of type 'string' is not assignable to parameter of type 'number'.`,
    ]);
  });
});
