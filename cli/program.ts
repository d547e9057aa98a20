import { parseArgs } from "node:util";
import { isCoreError, type CoreError } from "../src/errors";
import { inputErrorText } from "../src/i18n/messages/input-errors";
import { LOCALES } from "../src/i18n/locale";
import type { Locale } from "../src/i18n/locale";
import { CliError } from "./cli-error";
import type { CliOptions, CommandEntry, InputReading, RegisteredCommand } from "./command";
import { COMMANDS, findCommand } from "./commands";
import { COMMON_OPTIONS } from "./common-flags";
import { commandHelp, PROGRAM, programHelp } from "./help";
import { writeInPieces } from "./io/write-in-pieces";
import { writeJsonInPieces } from "./json-in-pieces";
import { writeResultSheetsXlsx } from "./io/write-xlsx";

/** Where output goes; tests pass collectors, the program passes the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => writeInPieces(text, (piece) => void process.stdout.write(piece)),
  stderr: (text) => void process.stderr.write(text),
};

/**
 * Runs the command line on `argv` (without "node" and the script): `<command> [options]`. Dispatches to cli/commands/, prints text or
 * --json on stdout, writes --out FILE.xlsx, and turns every failure into one line on stderr:
 * status 2 for the user's input or flags (CliError, CoreError, bad options), 1 for anything unexpected
 * (with the stack only when COMMERCE_ANALYTICS_DEBUG=1).
 */
export async function runCli(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(programHelp(COMMANDS));
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(programHelp(COMMANDS));
    return 0;
  }
  const fail = (message: string, file?: string): number => {
    io.stderr(`${PROGRAM}: ${file === undefined ? "" : `${file}: `}${oneLine(message)}\n`);
    return 2;
  };
  const entry = findCommand(name);
  if (entry === undefined) {
    return fail(`unknown command "${name}" (commands: ${COMMANDS.map((known) => known.name).join(", ")})`);
  }
  let inputFile: string | undefined;
  let locale: Locale = "en";
  try {
    const command = entry.load();
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: parseArgsConfig({ ...command.options, ...COMMON_OPTIONS }),
      allowPositionals: false,
      strict: true,
    });
    if (values.help === true) {
      io.stdout(commandHelp(entry, command));
      return 0;
    }
    inputFile = typeof values.input === "string" ? values.input : undefined;
    locale = localeOption(values.locale);
    return await execute(entry, command, { values, positionals, locale, readings: [] }, io);
  } catch (error) {
    return report(error, entry, { inputFile, locale }, io, fail);
  }
}

async function execute(
  entry: CommandEntry,
  command: RegisteredCommand,
  args: Parameters<RegisteredCommand["execute"]>[0],
  io: CliIo,
): Promise<number> {
  const output = await command.execute(args);
  const out = args.values.out;
  if (typeof out === "string") {
    const sheets = output.sheets();
    if (sheets === null) throw new CliError(`${entry.name} writes no sheets; --out is not available`);
    await writeResultSheetsXlsx(sheets, out, args.locale);
  }
  const readings = args.readings ?? [];
  if (args.values.json === true) {
    // In pieces: a full sheet's document is tens of megabytes (cli/json-in-pieces.ts).
    writeJsonInPieces(withReadings(output.json(), readings), (piece) => io.stdout(piece));
    io.stdout("\n");
    return 0;
  }
  for (const { file, encoding } of readings) {
    io.stderr(
      `${PROGRAM}: ${file}: not UTF-8; read as ${encoding} (pass --encoding NAME to choose another)\n`,
    );
  }
  io.stdout(output.text());
  return 0;
}

/**
 * A --json document with `inputEncoding: {file, encoding, detected: true}` when a CSV's encoding was
 * guessed (one input; an array for several). Other documents are unchanged.
 */
function withReadings(json: unknown, readings: readonly InputReading[]): unknown {
  if (readings.length === 0 || json === null || typeof json !== "object" || Array.isArray(json)) return json;
  const found = readings.map(({ file, encoding }) => ({ file, encoding, detected: true }));
  return { ...json, inputEncoding: found.length === 1 ? found[0] : found };
}

function report(
  error: unknown,
  command: CommandEntry,
  { inputFile, locale }: { readonly inputFile: string | undefined; readonly locale: Locale },
  io: CliIo,
  fail: (message: string, file?: string) => number,
): number {
  if (error instanceof CliError) return fail(withCliHint(error.message, error.cliHint), error.file);
  if (isCoreError(error)) return fail(coreErrorLine(error, locale), inputFile);
  const parseCode = (error as { code?: unknown }).code;
  if (typeof parseCode === "string" && parseCode.startsWith("ERR_PARSE_ARGS")) {
    return fail(`${command.name}: ${messageOf(error)} (see ${PROGRAM} ${command.name} --help)`);
  }
  const message = messageOf(error);
  io.stderr(`${PROGRAM}: internal error: ${oneLine(message)} (set COMMERCE_ANALYTICS_DEBUG=1 for details)\n`);
  const stack = (error as { stack?: unknown } | null)?.stack;
  if (process.env.COMMERCE_ANALYTICS_DEBUG === "1" && typeof stack === "string") io.stderr(`${stack}\n`);
  return 1;
}

/**
 * A core error in the user's language where a shared wording exists (inputErrorText: roles by name, the input
 * shape); the English core message otherwise, and for an English missing column (it lists the columns read).
 */
function coreErrorLine(error: CoreError, locale: Locale): string {
  const worded = inputErrorText(locale, error);
  if (worded === null) return error.message;
  return locale === "en" && error.code !== "INPUT_SHAPE_NOT_ACCEPTED" ? error.message : worded;
}

/** The message of anything thrown; realm-safe (an Error from another VM context is not `instanceof Error`). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function localeOption(value: unknown): Locale {
  if (value === undefined) return "en";
  const found = LOCALES.find((locale) => locale.toLowerCase() === String(value).toLowerCase());
  if (found === undefined)
    throw new CliError(`--locale must be one of ${LOCALES.join(", ")} (got "${String(value)}")`);
  return found;
}

/** Our option table without the help fields, as node:util parseArgs wants it. */
function parseArgsConfig(
  options: CliOptions,
): Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> {
  return Object.fromEntries(
    Object.entries(options).map(([name, { type, short, multiple }]) => [
      name,
      { type, ...(short === undefined ? {} : { short }), ...(multiple === undefined ? {} : { multiple }) },
    ]),
  );
}

/** A shared reader's message with the command line's own way out put inside its closing parenthesis. */
function withCliHint(message: string, hint: string | undefined): string {
  if (hint === undefined) return message;
  return message.endsWith(")") ? `${message.slice(0, -1)},${hint})` : `${message} (${hint.trim()})`;
}
