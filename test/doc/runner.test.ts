/*
 * The doc-test runner judged on a fixture whose verdicts are known (test/doc/fixtures/doc-sample.ts): it must
 * pass the right examples and report, by file and line, the wrong ones and the ones it cannot read, so the
 * examples test (examples.test.ts) can fail. Expected lines are found by a plain text search of the fixture,
 * not by the runner's own extractor.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countExampleMarkers, extractExamples, type DocExample } from "./extract-examples";
import { mismatch } from "./match-expected";
import { parseExpected } from "./parse-expected";
import { exampleFailures } from "./run-example";

const root = join(__dirname, "../..");
const file = "test/doc/fixtures/doc-sample.ts";
const source = readFileSync(join(root, file), "utf8");
const examples = extractExamples(file, source);

/** 1-based line of the fixture's only line containing `fragment`. */
function lineOf(fragment: string): number {
  const lines = source.split("\n").flatMap((line, index) => (line.includes(fragment) ? [index + 1] : []));
  if (lines.length !== 1) throw new Error(`"${fragment}" is on ${lines.length} lines of the fixture`);
  return lines[0] as number;
}

/** The example whose text holds the line containing `fragment`. */
function exampleWith(fragment: string): DocExample {
  const line = lineOf(fragment);
  const found = examples.filter((example) => example.line <= line).at(-1);
  if (found === undefined) throw new Error(`no example holds "${fragment}"`);
  return found;
}

async function formatError(fragment: string): Promise<string> {
  try {
    await exampleFailures(root, exampleWith(fragment));
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}

describe("the doc-test runner on a fixture", () => {
  it("finds the fixture's examples at their tags' lines", async () => {
    expect(examples.map((example) => example.line)).toEqual(
      source.split("\n").flatMap((line, index) => (line.includes("@example") ? [index + 1] : [])),
    );
  });

  it("awaits an example of an asynchronous API, and still fails a wrong one", async () => {
    expect(await exampleFailures(root, exampleWith("(await later(21)) * 2 // 42"))).toEqual([]);
    expect(await exampleFailures(root, exampleWith("(await later(21)) * 2 // 41"))).toEqual([
      `${file}:${lineOf("(await later(21)) * 2 // 41")}: (await later(21)) * 2: expected 41, got 42`,
    ]);
  });

  it("passes a right example", async () => {
    expect(await exampleFailures(root, exampleWith("twice(21) // 42"))).toEqual([]);
  });

  it("reports a wrong result with its file, line, expected and actual value", async () => {
    expect(await exampleFailures(root, exampleWith("twice(21) // 43"))).toEqual([
      `${file}:${lineOf("twice(21) // 43")}: twice(21): expected 43, got 42`,
    ]);
  });

  it("refuses an example it cannot read instead of skipping it", async () => {
    expect(await formatError("// forty-two")).toMatch(
      new RegExp(`^${file}:${lineOf("// forty-two")}: cannot read the result "forty-two"`),
    );
    expect(await formatError("twice(20)")).toBe(
      `${file}:${lineOf("twice(20)")}: an example needs at least one result comment (expression // result)`,
    );
    expect(await formatError("const doubled")).toBe(
      `${file}:${lineOf("const doubled")}: a result comment must follow an expression`,
    );
    expect(await formatError("// [1]")).toBe(
      `${file}:${lineOf("// [1]")}: a result comment must follow the statement it documents, on its line or the next`,
    );
  });

  it("checks a documented throw by its CoreError code", async () => {
    expect(
      await exampleFailures(root, exampleWith("half(Infinity) // throws CoreError VALUE_NOT_FINITE")),
    ).toEqual([
      `${file}:${lineOf("K_INVALID")}: half(Infinity): expected a throw of CoreError K_INVALID, got VALUE_NOT_FINITE: half requires a finite number (got Infinity)`,
      `${file}:${lineOf("half(3)")}: half(3): expected a throw of CoreError VALUE_NOT_FINITE, got 1.5`,
    ]);
  });

  it("compares numbers at their written precision: rounded, or truncated with …", async () => {
    // √2 = 1.41421356237…: 1.4143 is not it rounded, 1.4142136… not it truncated.
    expect(await exampleFailures(root, exampleWith("// 1.4142 (rounded)"))).toEqual([
      `${file}:${lineOf("// 1.4143")}: rootTwo(): expected 1.4143 (rounded to 4 decimals), got 1.4142135623730951`,
      `${file}:${lineOf("// 1.4142136…")}: rootTwo(): expected 1.4142136… (truncated to 7 decimals), got 1.4142135623730951`,
    ]);
  });

  it("tells an object with more fields and a typed array from a plain array", async () => {
    expect(await exampleFailures(root, exampleWith("point() // { x: 1, y: 2, … }"))).toEqual([
      `${file}:${lineOf("point() // { x: 1, y: 2 }")}: point(): expected no other fields than those shown (extra: digits), got { x: 1, y: 2, digits: Int32Array(2) [ 1, 4 ] }`,
      `${file}:${lineOf("// [1, 4]")}: point().digits: expected an Array, got Int32Array(2) [ 1, 4 ]`,
    ]);
  });

  it("counts an @example the JSDoc parser does not see, so the examples test can flag it", async () => {
    const text =
      "// @example twice(1) // 2\nexport const x = 1;\n/** @example twice(1) // 2 */\nexport const y = 2;\n";
    expect(countExampleMarkers(text)).toBe(2);
    expect(extractExamples("probe.ts", text)).toHaveLength(1);
  });
});

describe("the result grammar", () => {
  it.each([
    ["25", 25, null],
    ["25", 25.4, "expected 25, got 25.4"],
    ["0.5", 0.54, null],
    ["0.5", 0.56, "expected 0.5 (rounded to 1 decimals), got 0.56"],
    ["0.4714", 0.47140452079103173, null],
    ["0.1666…", 1 / 6, null],
    ["0.1667…", 1 / 6, "expected 0.1667… (truncated to 4 decimals), got 0.16666666666666666"],
    ["-0.1666…", -1 / 6, null],
    ["1.5e-7", 1.54e-7, null],
  ])("%s against %s", (comment, actual, problem) => {
    expect(mismatch(actual, parseExpected(comment))).toBe(problem);
  });

  it.each([
    "≈ 36.3",
    "−9582.4",
    "[1, …, 3]",
    "26…",
    "sums [4, 10]",
    '"a"; more',
    "Map { 0 → 1 }",
    "25 rounded up",
  ])("refuses %s", (comment) => {
    expect(() => parseExpected(comment)).toThrow(/^cannot read the result/);
  });

  it("reads the typed array, the object with more fields and a note", async () => {
    const expected = parseExpected('{ counts: Float64Array [1, 2], label: "a", … } (a note)');
    expect(mismatch({ counts: Float64Array.of(1, 2), label: "a", other: true }, expected)).toBeNull();
    expect(mismatch({ counts: [1, 2], label: "a" }, expected)).toBe(
      "at counts: expected a Float64Array, got [ 1, 2 ]",
    );
  });
});
