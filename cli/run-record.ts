import type { RunRecord } from "../src/report/types";
import packageJson from "../package.json";

/** The run record of a command-line run: input, row count, the flags that shaped the result, now. */
export function cliRunRecord(
  inputAddress: string,
  rowCount: number,
  parameters: Readonly<Record<string, string | number | boolean>>,
  seed?: number,
): RunRecord {
  return {
    inputAddress,
    rowCount,
    parameters,
    ...(seed === undefined ? {} : { seed }),
    engineVersion: `${packageJson.name} ${packageJson.version}`,
    timestampIso: new Date().toISOString(),
  };
}

/** The string flags given (column flags, --sheet …) as run-record parameters; --input/--out/--json left out. */
export function parametersFromFlags(
  values: Readonly<Record<string, unknown>>,
): Record<string, string | number | boolean> {
  const skip = new Set(["input", "out", "json", "help", "locale"]);
  const parameters: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(values)) {
    if (skip.has(name)) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      parameters[name] = value;
  }
  return parameters;
}
