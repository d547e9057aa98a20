import { lint } from "../support/lint-stdin";

/*
 * One engine behind every door: taskpane/ and functions/ both use engine/, the CLI uses the core, and no door
 * imports another (issue 9). The rule in eslint.config.mjs must reject each crossing, type-only imports too, and
 * allow the imports each door is meant to have.
 */
function crossings(code: string, file: string): number[] {
  return lint(`${code}\nexport const used = [];\n`, file)
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.line);
}

describe("the front doors' import boundary", () => {
  it("rejects functions/ and cli/ in taskpane/", () => {
    const code = [
      'import { x } from "../../functions/rfm-level";',
      'import type { Y } from "../cli/commands/rfm";',
    ].join("\n");
    expect(crossings(code, "taskpane/features/probe.ts")).toEqual([1, 2]);
  });

  it("rejects taskpane/ and cli/ in functions/", () => {
    const code = [
      'import { x } from "../taskpane/excel/a1-address";',
      'import { y } from "../../cli/io/read-table";',
    ].join("\n");
    expect(crossings(code, "functions/shared/probe.ts")).toEqual([1, 2]);
  });

  it("rejects taskpane/ and functions/ in cli/", () => {
    const code = [
      'import { x } from "../../taskpane/excel/workbook-port";',
      'import { y } from "../functions/shared/cells";',
    ].join("\n");
    expect(crossings(code, "cli/commands/probe.ts")).toEqual([1, 2]);
  });

  it("rejects every door in engine/, which imports only the core", () => {
    const code = [
      'import { a } from "../taskpane/i18n/strings";',
      'import { b } from "../../functions/kmeans-labels";',
      'import { c } from "../cli/io/read-table";',
      'import { d } from "../playground/simulator/model";',
    ].join("\n");
    expect(crossings(code, "engine/jobs/probe.ts")).toEqual([1, 2, 3, 4]);
  });

  it("allows each door its own folder, engine/ and the core", () => {
    const code = [
      'import { a } from "../../engine/protocol";',
      'import { b } from "../../src/rfm/rfm-from-orders";',
      'import { c } from "./local";',
    ].join("\n");
    expect(crossings(code, "taskpane/features/probe.ts")).toEqual([]);
    expect(crossings(code, "functions/shared/probe.ts")).toEqual([]);
    expect(crossings('import { b } from "../../src/rfm/rfm-from-orders";', "cli/commands/probe.ts")).toEqual(
      [],
    );
    expect(crossings('import { b } from "../src/rfm/rfm-from-orders";', "engine/probe.ts")).toEqual([]);
  });
});
