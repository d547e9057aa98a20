import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CORE_ERROR_CODES } from "../../src/error-codes";

/*
 * One list of error codes (issue 9): each listed once, each thrown somewhere, and none of the synonyms that the
 * merge removed (LENGTH_MISMATCH and COLUMN_LENGTHS_DIFFER are COLUMN_LENGTH_MISMATCH).
 */
const root = path.resolve(__dirname, "../..");

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && name !== "error-codes.ts" ? [full] : [];
  });
}

const code = ["src", "engine", "functions", "cli", "taskpane"]
  .flatMap((folder) => sources(path.join(root, folder)))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("the core's error codes", () => {
  it("lists each code once, in SCREAMING_SNAKE_CASE", () => {
    expect(new Set(CORE_ERROR_CODES).size).toBe(CORE_ERROR_CODES.length);
    for (const listed of CORE_ERROR_CODES) expect(listed).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it("lists no code that nothing throws", () => {
    const unused = CORE_ERROR_CODES.filter((listed) => !code.includes(`"${listed}"`));
    expect(unused).toEqual([]);
  });

  it("has no synonym of COLUMN_LENGTH_MISMATCH left", () => {
    expect(CORE_ERROR_CODES).toContain("COLUMN_LENGTH_MISMATCH");
    expect(code).not.toMatch(/"(LENGTH_MISMATCH|COLUMN_LENGTHS_DIFFER)"/);
  });
});
