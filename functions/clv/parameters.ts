import { CoreError } from "../../src/errors";
import { numberFromCell, type CellInput } from "../shared/cells";
import { isBlank } from "./ranges";

/**
 * An optional scalar number argument: undefined when omitted or blank, and when 0 where `zeroIsBlank` (a model
 * parameter or horizon that must be above 0, so desktop's 0 for an empty cell means "not given" in both builds).
 */
export function optionalNumber(cell: CellInput, name: string, zeroIsBlank = false): number | undefined {
  return isBlank(cell) || (zeroIsBlank && cell === 0) ? undefined : numberFromCell(cell, name);
}

/**
 * Model parameters given all together or not at all: the numbers in order, or null when none is given.
 *
 * @throws CoreError CLV_PARAMS_INCOMPLETE
 */
export function allOrNone(
  values: readonly (number | undefined)[],
  names: readonly string[],
  caller: string,
): number[] | null {
  const given = values.filter((value): value is number => value !== undefined);
  if (given.length === 0) return null;
  if (given.length === values.length) return given;
  const missing = names.filter((_, index) => values[index] === undefined);
  throw new CoreError(
    "CLV_PARAMS_INCOMPLETE",
    `${caller} requires all of ${names.join(", ")} or none of them (missing ${missing.join(", ")})`,
  );
}
