/*
 * `npm run bench [-- SUITE ...] [--OPTION VALUE ...]`: runs every benchmark, or those of the named suites.
 * A suite is a folder bench/<suite>/; each of its `*.bench.ts` files runs in its own Node process
 * (`node bin/run-ts.cjs FILE --OPTION VALUE ...`), so one benchmark's memory does not weigh on the next and
 * peak RSS can be read per benchmark. Options (arguments starting with --, and their values) are passed to
 * every file run. Add a benchmark by adding a file: this dispatcher finds it. Benchmarks print figures and
 * never fail on time; a benchmark that crashes makes `npm run bench` exit non-zero at the end.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

function main(): void {
  const args = process.argv.slice(2);
  const options = args.filter(
    (arg, index) => arg.startsWith("--") || (args[index - 1] ?? "").startsWith("--"),
  );
  const named = args.filter((arg) => !options.includes(arg));
  const suites = readdirSync(__dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const unknown = named.filter((name) => !suites.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown bench suite(s): ${unknown.join(", ")}; available: ${suites.join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const failed: string[] = [];
  for (const suite of suites.filter((name) => named.length === 0 || named.includes(name))) {
    const files = readdirSync(path.join(__dirname, suite))
      .filter((file) => file.endsWith(".bench.ts"))
      .sort();
    for (const file of files) {
      const relative = path.join("bench", suite, file);
      console.log(`\n=== ${relative} ===`);
      const child = spawnSync(
        process.execPath,
        [path.join(root, "bin", "run-ts.cjs"), relative, ...options],
        {
          cwd: root,
          stdio: "inherit",
        },
      );
      if (child.status !== 0) failed.push(`${relative} (exit ${child.status ?? child.signal})`);
    }
  }
  if (failed.length > 0) {
    console.error(`\nbenchmarks that did not finish: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

main();
