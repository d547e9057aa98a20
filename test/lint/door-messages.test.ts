import { lint } from "../support/lint-stdin";

/*
 * Doors word errors from code and details, never by parsing a core message (issue 9: functions/rfm-table.ts,
 * functions/kmeans-data.ts and cli/commands/kmeans.ts rewrote messages with regular expressions, so rewording a
 * core message silently changed what users saw). The rule in eslint.config.mjs must reject each way of parsing
 * the message and allow passing it on.
 */
function parsings(code: string, file: string): number[] {
  return lint(`${code}\n`, file)
    .filter((message) => message.ruleId === "no-restricted-syntax")
    .map((message) => message.line);
}

const PARSING = [
  "export const a = (error: Error) => error.message.replace(/^elbowSweep/, 'kmeans');",
  "export const b = (error: Error) => error.message.startsWith('tableFromGrid');",
  "export const c = (error: Error) => error.message.match(/kMin = (\\d+)/);",
  "export const d = (error: Error) => /asOfSerial/.test(error.message);",
  "export const e = (error: Error) => error.message.split(': ')[1];",
].join("\n");

describe("the doors' rule against parsing error messages", () => {
  it.each([
    "functions/probe.ts",
    "cli/commands/probe.ts",
    "taskpane/features/probe.tsx",
    "engine/jobs/probe.ts",
  ])("rejects every parse of .message in %s", (file) => {
    expect(parsings(PARSING, file)).toEqual([1, 2, 3, 4, 5]);
  });

  it("allows passing the message on and reading code and details", () => {
    const code = [
      "export const a = (error: { message: string; code: string; details: { value?: string } }) =>",
      "  error.code === 'K_EXCEEDS_DISTINCT_ROWS' ? `--k ${error.details.value ?? ''}` : error.message;",
      "export const b = (error: Error) => new Error(error.message);",
    ].join("\n");
    expect(parsings(code, "cli/commands/probe.ts")).toEqual([]);
  });
});
