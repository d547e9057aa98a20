import { lint } from "../support/lint-stdin";

/*
 * src/ is the platform-free core: it must run unchanged in Node, a Web Worker and the custom-functions runtime.
 * The lint rules in eslint.config.mjs must reject Node built-ins, React, Fluent UI, Office and the DOM there,
 * and allow them in the front doors.
 */
const imports = [
  'import { readFileSync } from "node:fs";',
  'import path from "path";',
  'import { useState } from "react";',
  'import { Button } from "@fluentui/react-components";',
  "export const used = [readFileSync, path, useState, Button];",
].join("\n");

const globalsUsed = [
  "export const width = window.innerWidth;",
  "export const title = document.title;",
  "export const run = Excel.run;",
  "export const argv = process.argv;",
  'export const log = () => console.log("x");',
].join("\n");

describe("the core's import boundary", () => {
  it("rejects Node built-ins (node: and bare), React and Fluent UI in src/, line by line", () => {
    const lines = lint(`${imports}\n`, "src/probe.ts")
      .filter((message) => message.ruleId === "no-restricted-imports")
      .map((message) => message.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it("rejects window, document, Excel, process and console in src/", () => {
    const lines = lint(`${globalsUsed}\n`, "src/probe.ts")
      .filter((message) => message.ruleId === "no-restricted-globals")
      .map((message) => message.line);
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  });

  it("allows the same imports in a front door (the CLI)", () => {
    expect(
      lint(`${imports}\n`, "cli/probe.ts").filter((message) => message.ruleId === "no-restricted-imports"),
    ).toEqual([]);
  });
});
