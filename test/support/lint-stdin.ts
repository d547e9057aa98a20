import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

export interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly message: string;
}

/**
 * Lints `code` as if it were the file `file` of the repository, with ESLint's own CLI on stdin (its flat config
 * is an ES module, which Jest's VM cannot import).
 */
export function lint(code: string, file: string): LintMessage[] {
  const run = spawnSync(
    process.execPath,
    ["node_modules/eslint/bin/eslint.js", "--stdin", "--stdin-filename", file, "--format", "json"],
    { cwd: root, input: code, encoding: "utf8" },
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result?.messages ?? [];
}
