#!/usr/bin/env node
// Runs a TypeScript entry (a benchmark or a script) through tsx: `node bin/run-ts.cjs bench/main.ts`.
const path = require("node:path");
require("tsx/cjs");
const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: run-ts FILE.ts [args]\n");
  process.exit(2);
}
process.argv.splice(2, 1);
require(path.resolve(entry));
