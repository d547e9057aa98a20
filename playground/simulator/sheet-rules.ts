import { ErrorCodes, excelError } from "./errors";
import type { WorkbookModel } from "./model";

/**
 * Excel's worksheet naming rules (Excel's rename dialog: "You typed an invalid name for a sheet or chart":
 * at most 31 characters, none of : \ / ? * [ ], not blank; a name may not begin or end with an apostrophe,
 * and "History" is reserved). Names are unique without regard to case. A bad name is InvalidArgument, a
 * taken one ItemAlreadyExists (application-specific-api-error-handling: "The resource being created already
 * exists").
 */
export function checkNewSheetName(
  model: WorkbookModel,
  name: string,
  renaming?: { readonly id: string },
): void {
  const problem = sheetNameProblem(name);
  if (problem !== null)
    throw excelError(ErrorCodes.invalidArgument, `Invalid worksheet name "${name}": ${problem}.`);
  const taken = model.findSheet(name);
  if (taken !== undefined && taken.id !== renaming?.id && taken.name.toLowerCase() === name.toLowerCase()) {
    throw excelError(ErrorCodes.itemAlreadyExists, `A worksheet named "${name}" already exists.`);
  }
  // A chart sheet's name is taken too: worksheets and chart sheets share one name space (Excel's rename rule
  // speaks of "a sheet or chart"). No page says which code worksheets.add gives then; the simulator uses the
  // one for a taken name, whose message Office reports for addWorksheet ("A resource with the same name or
  // identifier already exists", OfficeDev/office-scripts-docs issue 560).
  if (model.chartSheetNames.some((chartSheet) => chartSheet.toLowerCase() === name.toLowerCase())) {
    throw excelError(ErrorCodes.itemAlreadyExists, `A chart sheet named "${name}" already exists.`);
  }
}

function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved';
  return null;
}

/** "Sheet1", "Sheet2", ...: the first free default name, as `worksheets.add()` without a name picks. */
export function nextDefaultSheetName(model: WorkbookModel): string {
  for (let index = 1; ; index++) {
    const name = `Sheet${index}`;
    const chartSheet = model.chartSheetNames.some((each) => each.toLowerCase() === name.toLowerCase());
    if (model.findSheet(name) === undefined && !chartSheet) return name;
  }
}
