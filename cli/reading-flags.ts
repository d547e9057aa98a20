import type { TableOptions } from "../src/table/types";
import { CliError } from "./cli-error";
import type { CommandArgs } from "./command";

/**
 * --number-style dot|comma and --day-order dmy|mdy as table options: the user's reading replaces the
 * per-column detection. Absent flags give no option (detection).
 *
 * @throws CliError for a value that is not one of the choices
 */
export function readingOptionsFromFlags(
  values: CommandArgs["values"],
): Pick<TableOptions, "numberStyle" | "dayOrder"> {
  const numberStyle = values["number-style"];
  const dayOrder = values["day-order"];
  if (numberStyle !== undefined && numberStyle !== "dot" && numberStyle !== "comma") {
    throw new CliError(
      `--number-style must be dot (1,234.5) or comma (1.234,5) (got "${String(numberStyle)}")`,
    );
  }
  if (dayOrder !== undefined && dayOrder !== "dmy" && dayOrder !== "mdy") {
    throw new CliError(
      `--day-order must be dmy (day first) or mdy (month first) (got "${String(dayOrder)}")`,
    );
  }
  return {
    ...(numberStyle === undefined ? {} : { numberStyle }),
    ...(dayOrder === undefined ? {} : { dayOrder }),
  };
}
