/**
 * A user-facing command-line failure (bad file, unknown sheet, bad flag): exit status 2 and one line,
 * "commerce-analytics: <file>: <what>". Core failures arrive as CoreError and are reported the same way.
 * The same class as fileio's FileError, so a reader shared with the playground throws what the CLI reports.
 */
export { FileError as CliError } from "../fileio/file-error";
