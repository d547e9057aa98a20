/**
 * The CustomFunctions runtime global as Excel provides it (CustomFunctionsRuntime 1.2): an Error class with
 * a code and an optional message, the ErrorCode enum with Excel's cell texts, and `associate`.
 * Source: learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode
 */
const ErrorCode = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
  }
}

const associated = new Map<string, unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id: string | Record<string, unknown>, fn?: unknown) {
      if (typeof id === "string") associated.set(id, fn);
      else for (const [key, value] of Object.entries(id)) associated.set(key, value);
    },
    __associated: associated,
  },
});
