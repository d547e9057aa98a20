// Entry of `npm run cli --` and the `commerce-analytics` bin (through bin/commerce-analytics.cjs and tsx).
import { runCli } from "./program";

// A reader that stops early (`... | head`) closes the pipe: that is not an error of the command.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // runCli reports every error itself; this is the last guard, still one line and no stack.
    process.stderr.write(`commerce-analytics: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
