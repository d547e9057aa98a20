import { CoreError } from "../../../src/errors";

/** The code of the CoreError an action throws; fails the test if it throws nothing or something else. */
export function coreErrorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof CoreError) return error.code;
    throw error;
  }
  throw new Error("expected a CoreError, but nothing was thrown");
}
