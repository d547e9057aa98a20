// The folders the command line's bundle is built from, and their newest modification time: shared by
// scripts/build-cli.mjs (which records it) and bin/commerce-analytics.cjs (which compares it at start-up;
// walking these folders takes a few milliseconds, far less than compiling them with tsx).
const fs = require("node:fs");
const path = require("node:path");

const SOURCE_DIRECTORIES = ["cli", "src", "fileio"];
/** Single files the command line reads at build time (its version). */
const SOURCE_FILES = ["package.json"];

/** The newest mtime (ms) of SOURCE_FILES and of any file under SOURCE_DIRECTORIES of `root`, or null when a
 * folder is missing (an installed package without its sources). */
function newestSourceTimeMs(root) {
  let newest = 0;
  for (const file of SOURCE_FILES) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  for (const folder of SOURCE_DIRECTORIES) {
    const start = path.join(root, folder);
    if (!fs.existsSync(start)) return null;
    const pending = [start];
    while (pending.length > 0) {
      const directory = pending.pop();
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) pending.push(full);
        else newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  }
  return newest;
}

/**
 * True when `root` has a built CLI bundle (dist/cli, scripts/build-cli.mjs) and no source is newer than the
 * build recorded; also when the sources are absent (an installed package holds only the bundle).
 */
function bundleIsCurrent(root) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, "dist/cli/stamp.json"), "utf8"));
  } catch {
    return false;
  }
  if (!fs.existsSync(path.join(root, "dist/cli/commerce-analytics.cjs"))) return false;
  const newest = newestSourceTimeMs(root);
  return newest === null || newest <= stamp.newestSourceTimeMs;
}

module.exports = { SOURCE_DIRECTORIES, SOURCE_FILES, newestSourceTimeMs, bundleIsCurrent };
