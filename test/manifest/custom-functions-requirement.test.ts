// The manifest must declare the CustomFunctionsRuntime version the worksheet functions' code needs (issue 10,
// item 3): CustomFunctions.Error is CustomFunctionsRuntime 1.2 and ErrorCode.invalidValue / notAvailable /
// divisionByZero are 1.3. The versions come from Microsoft's own typings (@types/custom-functions-runtime,
// each member's "[Api set: CustomFunctionsRuntime x.y]" remark, the same text as the API reference pages,
// e.g. learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error), not from this test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseManifest, readManifestText, REPO_ROOT } from "./load-manifest";
import { attribute, childrenNamed, path } from "./xml-tree";

/** Member name → the CustomFunctionsRuntime version its remark names (the declaration after the comment). */
function apiSetsOfTypings(): Map<string, string> {
  const typings = readFileSync(
    join(REPO_ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"),
    "utf8",
  ).split("\n");
  const versions = new Map<string, string>();
  let pending: string | null = null;
  for (const line of typings) {
    const remark = /\[Api set: CustomFunctionsRuntime (\d+\.\d+)\]/.exec(line);
    if (remark) {
      pending = remark[1] as string;
      continue;
    }
    const trimmed = line.trim();
    if (pending === null || trimmed === "" || trimmed.startsWith("*") || trimmed.startsWith("/**")) continue;
    const declared = /^(?:class|interface|enum|function)?\s*([A-Za-z]+)/.exec(trimmed);
    if (declared) versions.set(declared[1] as string, pending);
    pending = null;
  }
  return versions;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

/** "Error", "invalidValue", …: each CustomFunctions API the functions' code (not its comments) uses. */
function usedApis(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(join(REPO_ROOT, "functions"))) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    for (const match of code.matchAll(/CustomFunctions\.([A-Za-z]+)(?:\.([A-Za-z]+))?/g)) {
      used.add(match[1] as string);
      if (match[2] !== undefined) used.add(match[2]);
    }
  }
  return used;
}

const byVersion = (a: string, b: string): number => Number(a) - Number(b);

describe("the CustomFunctionsRuntime requirement", () => {
  const apiSets = apiSetsOfTypings();

  it("reads the typings' remarks: Error is 1.2 and the three error codes the functions return are 1.3", () => {
    expect({
      Error: apiSets.get("Error"),
      invalidValue: apiSets.get("invalidValue"),
      notAvailable: apiSets.get("notAvailable"),
      divisionByZero: apiSets.get("divisionByZero"),
    }).toEqual({ Error: "1.2", invalidValue: "1.3", notAvailable: "1.3", divisionByZero: "1.3" });
  });

  it("is the highest version any API the worksheet functions call needs", () => {
    const needed = [...usedApis()]
      .map((api) => apiSets.get(api))
      .filter((version): version is string => version !== undefined)
      .sort(byVersion);
    const sets = path(parseManifest(readManifestText()), "Requirements", "Sets");
    const declared = childrenNamed(sets, "Set").find(
      (set) => attribute(set, "Name") === "CustomFunctionsRuntime",
    );
    expect(declared && attribute(declared, "MinVersion")).toBe(needed[needed.length - 1]);
  });
});
