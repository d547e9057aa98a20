import type { CliOptions, CommandEntry, RegisteredCommand } from "./command";
import { COMMON_OPTIONS } from "./common-flags";
import { textTable } from "./text-table";

/** The program name used in usage lines and error messages. */
export const PROGRAM = "commerce-analytics";

/** The overall --help: usage and one line per command. */
export function programHelp(commands: readonly CommandEntry[]): string {
  const lines = [
    `usage: ${PROGRAM} <command> [options]`,
    "",
    "Commerce Analytics on CSV and .xlsx exports: the same analyses as the Excel add-in.",
    "",
    "Commands:",
    textTable(commands.map((command) => [command.name, command.summary])),
    "",
    `Run "${PROGRAM} <command> --help" for a command's options.`,
    "Exit status: 0 success, 2 a problem with the input or the flags (one line on stderr), 1 an internal error.",
  ];
  return `${lines.join("\n")}\n`;
}

/** A command's --help: usage, summary (from the registry's entry) and every option. */
export function commandHelp(entry: CommandEntry, command: RegisteredCommand): string {
  const lines = [
    `usage: ${PROGRAM} ${command.usage}`,
    "",
    entry.summary,
    "",
    "Options:",
    optionRows(command.options),
    "",
    "Common options:",
    optionRows(COMMON_OPTIONS),
  ];
  return `${lines.join("\n")}\n`;
}

function optionRows(options: CliOptions): string {
  return textTable(
    Object.entries(options).map(([name, option]) => {
      const short = option.short === undefined ? "    " : `-${option.short}, `;
      const value = option.type === "string" ? ` ${option.valueName ?? "VALUE"}` : "";
      return [`${short}--${name}${value}`, option.description];
    }),
  );
}
