import type { Locale } from "../src/i18n/locale";
import type { ResultSheet } from "../src/report/types";

/** One flag: node:util parseArgs' option config plus what --help shows. */
export interface CliOption {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** One line for --help. */
  readonly description: string;
  /** Placeholder shown in --help, e.g. "FILE". */
  readonly valueName?: string;
}

export type CliOptions = Readonly<Record<string, CliOption>>;

/** Parsed flags of one invocation (common flags included). */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
  readonly locale: Locale;
  /** Where the readers note what they assumed of an input (the program prints or adds them). */
  readonly readings?: InputReading[];
}

/** What a reader assumed of an input file: today, the encoding of a CSV that is not UTF-8. */
export interface InputReading {
  readonly file: string;
  /** WHATWG name of the encoding read, e.g. "big5". */
  readonly encoding: string;
}

/**
 * A command of the command line, one per file in cli/commands/ (its name and summary are listed in
 * cli/commands/index.ts, which loads the file only when the command is used). `run` does the work and returns a result
 * object; the renderers turn it into text (default), JSON (--json) and result sheets (--out FILE.xlsx).
 * Common flags (--json, --out, --locale, --help) are added by main; input and column flags come from
 * INPUT_OPTIONS and COLUMN_OPTIONS, which a command spreads into its own options.
 */
export interface CliCommand<Result> {
  /** Synopsis after the program name, e.g. "intake --input FILE [--sheet NAME]". */
  readonly usage: string;
  readonly options: CliOptions;
  run(args: CommandArgs): Promise<Result>;
  renderText(result: Result, locale: Locale): string;
  /** The --json document. */
  toJson(result: Result): unknown;
  /** The sheets written by --out FILE.xlsx; omitted when the command writes none. */
  resultSheets?(result: Result, locale: Locale): readonly ResultSheet[];
}

/**
 * What one run produced, rendered on demand: main asks only for what the flags want (text by default, JSON
 * with --json, sheets with --out), so a --json run builds neither the text nor the sheets.
 */
export interface CommandOutput {
  text(): string;
  json(): unknown;
  /** The result sheets, or null when the command writes none. */
  sheets(): readonly ResultSheet[] | null;
}

/** A command with its result type erased, as its module exports it. */
export interface RegisteredCommand {
  readonly usage: string;
  readonly options: CliOptions;
  execute(args: CommandArgs): Promise<CommandOutput>;
}

/** Registers a command: keeps its result type private to its own renderers. */
export function defineCommand<Result>(command: CliCommand<Result>): RegisteredCommand {
  return {
    usage: command.usage,
    options: command.options,
    async execute(args) {
      const result = await command.run(args);
      return {
        text: () => command.renderText(result, args.locale),
        json: () => command.toJson(result),
        sheets: () => (command.resultSheets ? command.resultSheets(result, args.locale) : null),
      };
    },
  };
}

/** A command as the registry lists it: what the overall --help shows, and its module, imported on demand. */
export interface CommandEntry {
  readonly name: string;
  /** One line for the overall --help. */
  readonly summary: string;
  /** Loads the command's module (on demand: the other commands' analyses are never loaded). */
  load(): RegisteredCommand;
}
