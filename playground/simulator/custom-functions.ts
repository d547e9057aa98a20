/**
 * A custom-function harness: calls a worksheet function the way Excel does, from the functions.json metadata
 * and the implementation registered for its id. It shares no code with functions/ (it reads only the metadata
 * and calls the implementation it is given).
 *
 * What it models, with sources (also listed in README.md):
 * - A parameter with dimensionality "matrix" receives a 2-D array (a single cell becomes [[value]]); a scalar
 *   parameter receives the value. learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json ("parameters").
 * - An error cell reaches a parameter of type any only when the metadata has the top-level
 *   `allowErrorForDataTypeAny: true`; otherwise Excel does not call the function and the formula's result is
 *   that error. learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors ("Errors as custom
 *   function inputs"), custom-functions-json ("allowErrorForDataTypeAny").
 * - A blank cell arrives as null (Excel on the web) or as 0 (Excel desktop, in matrix and scalar arguments):
 *   the `blankCells` switch. OfficeDev/office-js issues 4702 (0 on desktop, null on the web), 1951 and 5262
 *   (0 in ranges, "cannot disambiguate from legitimate zero cells").
 * - An omitted optional argument arrives as null (custom-functions-parameter-options, "Optional parameters").
 * - A function with options.cancelable gets a CancelableInvocation as its last argument; `cancel()` calls its
 *   onCanceled, as Excel does on a recalculation or an edit of a referenced cell (custom-functions-json,
 *   "options": cancelable).
 */

/** An error cell as a formula sees it, e.g. { error: "#N/A" }. */
export interface SheetError {
  readonly error: "#N/A" | "#VALUE!" | "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";
}

/** A cell of the sheet: null is a blank cell. */
export type SheetCell = number | string | boolean | null | SheetError;

/** An argument of a formula: a range (rows of cells), a single cell, or omitted (undefined). */
export type FormulaArgument = readonly (readonly SheetCell[])[] | SheetCell | undefined;

export type BlankCellArrival = "null" | "zero";

export interface FunctionHarnessOptions {
  /** The parsed functions.json. */
  readonly metadata: unknown;
  /** The implementation of each function id (what CustomFunctions.associate received). */
  readonly implementations: Readonly<Record<string, (...args: never[]) => unknown>>;
  /** How a blank cell arrives: "null" as on the web, "zero" as on desktop. @default "null" */
  readonly blankCells?: BlankCellArrival;
}

/** One running formula: its result, and Excel's cancel (recalculation) while it runs. */
export interface FormulaInvocation {
  readonly result: Promise<unknown>;
  /** True when the function was called (false when an error input stopped it). */
  readonly called: boolean;
  cancel(): void;
}

interface ParameterShape {
  readonly dimensionality: "scalar" | "matrix";
  readonly type: string;
}

interface FunctionShape {
  readonly parameters: readonly ParameterShape[];
  readonly cancelable: boolean;
}

/** Calls functions as Excel would; see the file comment for each behaviour's source. */
export function createFunctionHarness(options: FunctionHarnessOptions): {
  invoke(id: string, args: readonly FormulaArgument[]): FormulaInvocation;
  call(id: string, args: readonly FormulaArgument[]): Promise<unknown>;
} {
  const { allowErrors, functions } = readMetadata(options.metadata);
  const blank = options.blankCells ?? "null";
  const invoke = (id: string, args: readonly FormulaArgument[]): FormulaInvocation => {
    const shape = functions.get(id);
    const implementation = options.implementations[id];
    if (shape === undefined || implementation === undefined) throw new Error(`#NAME? (${id})`);
    if (!allowErrors) {
      const firstError = args.flatMap(cellsOf).find(isSheetError);
      if (firstError !== undefined) {
        return { result: Promise.resolve(runtimeError(firstError.error)), called: false, cancel: () => {} };
      }
    }
    const passed: unknown[] = shape.parameters.map((parameter, index) =>
      argumentAsPassed(args[index], parameter, blank),
    );
    let onCanceled: (() => void) | undefined;
    if (shape.cancelable) {
      passed.push({
        set onCanceled(handler: () => void) {
          onCanceled = handler;
        },
        get onCanceled(): (() => void) | undefined {
          return onCanceled;
        },
      });
    }
    const result = Promise.resolve().then(() =>
      (implementation as (...all: unknown[]) => unknown)(...passed),
    );
    return { result, called: true, cancel: () => onCanceled?.() };
  };
  return { invoke, call: (id, args) => invoke(id, args).result };
}

function readMetadata(metadata: unknown): { allowErrors: boolean; functions: Map<string, FunctionShape> } {
  if (!isRecord(metadata) || !Array.isArray(metadata.functions)) throw new Error("metadata: no functions");
  const functions = new Map<string, FunctionShape>();
  for (const entry of metadata.functions as unknown[]) {
    if (!isRecord(entry) || typeof entry.id !== "string" || !Array.isArray(entry.parameters)) continue;
    const parameters = (entry.parameters as unknown[]).map((parameter): ParameterShape => {
      const fields = isRecord(parameter) ? parameter : {};
      return {
        dimensionality: fields.dimensionality === "matrix" ? "matrix" : "scalar",
        type: typeof fields.type === "string" ? fields.type : "any",
      };
    });
    const cancelable = isRecord(entry.options) && entry.options.cancelable === true;
    functions.set(entry.id, { parameters, cancelable });
  }
  return { allowErrors: metadata.allowErrorForDataTypeAny === true, functions };
}

function argumentAsPassed(
  argument: FormulaArgument,
  parameter: ParameterShape,
  blank: BlankCellArrival,
): unknown {
  if (argument === undefined) return null;
  const rows: readonly (readonly SheetCell[])[] = Array.isArray(argument)
    ? (argument as readonly (readonly SheetCell[])[])
    : [[argument as SheetCell]];
  const passedRows = rows.map((row) => row.map((cell) => cellAsPassed(cell, parameter, blank)));
  // A range given to a scalar parameter: Excel passes its first cell here (implicit intersection aside).
  return parameter.dimensionality === "matrix" ? passedRows : (passedRows[0]?.[0] ?? null);
}

function cellAsPassed(cell: SheetCell, parameter: ParameterShape, blank: BlankCellArrival): unknown {
  if (cell === null) return blank === "zero" ? 0 : null;
  if (isSheetError(cell)) return parameter.type === "any" ? runtimeError(cell.error) : cell;
  return cell;
}

/** The runtime's error object (CustomFunctions.Error where the runtime global exists), else a plain one. */
function runtimeError(code: string): unknown {
  const runtime = (globalThis as { CustomFunctions?: { Error?: new (code: string) => unknown } })
    .CustomFunctions;
  return runtime?.Error === undefined ? { code, message: "" } : new runtime.Error(code);
}

function cellsOf(argument: FormulaArgument): SheetCell[] {
  if (argument === undefined) return [];
  if (Array.isArray(argument)) return (argument as readonly (readonly SheetCell[])[]).flat();
  return [argument as SheetCell];
}

function isSheetError(cell: SheetCell): cell is SheetError {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
