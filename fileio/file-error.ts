/**
 * A user-facing failure about a file or a flag (bad file, unknown sheet, bad text, bad flag). The command
 * line reports it with exit status 2 and one line, "commerce-analytics: <file>: <what>" (cli/cli-error.ts
 * names it CliError); the playground shows "<file>: <what>". Defined here, below both, because the readers
 * in fileio/ throw it and fileio/ imports neither door.
 */
export class FileError extends Error {
  /** The file the problem is about, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(message);
    this.name = "CliError";
    this.file = file;
  }
}
