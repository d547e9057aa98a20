import { isCoreError } from "../../src/errors";
import { CliError } from "../cli-error";

/**
 * Runs `compute` and words an as-of date before the latest order in the flag's terms (--as-of), from the
 * error's details: the door words its own message and never reads the core's.
 */
export function inAsOfFlagTerms<T>(file: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!isCoreError(error) || error.code !== "AS_OF_BEFORE_LAST_ORDER") throw error;
    const { value, bound } = error.details;
    throw new CliError(`--as-of ${String(value)} is before the latest order ${String(bound)}`, file);
  }
}
