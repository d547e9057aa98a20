// Bundles the command line (cli/main.ts) and its k-means worker thread (cli/workers/kmeans-worker.ts) into
// plain CommonJS with esbuild, so the bin starts without compiling TypeScript at run time (tsx). Packages stay
// external: they load from node_modules as before, and exceljs keeps loading only when a command needs it.
// The build records the newest modification time of the sources it read; bin/commerce-analytics.cjs uses the
// bundle only while no source is newer, else it falls back to tsx, so an edit is never run stale.
// Usage: node scripts/build-cli.mjs   (`npm run build:cli`; `npm run build` runs it too)
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cliSources from "./cli-sources.cjs";

const { newestSourceTimeMs, SOURCE_DIRECTORIES, SOURCE_FILES } = cliSources;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDirectory = path.join(root, "dist/cli");

const result = await build({
  absWorkingDir: root,
  entryPoints: { "commerce-analytics": "cli/main.ts", "kmeans-worker": "cli/workers/kmeans-worker.ts" },
  outdir: outDirectory,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
});
const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
const outside = inputs.filter(
  (file) =>
    !SOURCE_FILES.includes(file) && !SOURCE_DIRECTORIES.some((folder) => file.startsWith(`${folder}/`)),
);
if (outside.length > 0) {
  // The freshness check in the bin walks SOURCE_DIRECTORIES only: a source elsewhere would go unnoticed.
  throw new Error(
    `the CLI bundle reads sources outside ${SOURCE_DIRECTORIES.join(", ")}: ${outside.join(", ")}`,
  );
}
writeFileSync(
  path.join(outDirectory, "stamp.json"),
  `${JSON.stringify({ newestSourceTimeMs: newestSourceTimeMs(root), sources: inputs.length })}\n`,
);
process.stdout.write(`CLI bundle: dist/cli/commerce-analytics.cjs (${inputs.length} sources)\n`);
