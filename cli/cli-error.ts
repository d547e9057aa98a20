/**
 * A user-facing command-line failure (bad file, unknown sheet, bad flag): exit status 2 and one line,
 * "commerce-analytics: <file>: <what>". Core failures arrive as CoreError and are reported the same way.
 */
export class CliError extends Error {
  /** The file the problem is about, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(message);
    this.name = "CliError";
    this.file = file;
  }
}
