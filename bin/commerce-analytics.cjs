#!/usr/bin/env node
// The command line's entry. It runs the prebuilt bundle (dist/cli, `npm run build:cli`) when there is one and no
// source is newer than it, which saves compiling the TypeScript at every start; otherwise it compiles the sources
// at run time with tsx, so it also works right after `npm install` and always runs the sources as edited.
// COMMERCE_ANALYTICS_NO_BUNDLE=1 forces the sources.
const path = require("node:path");
const { bundleIsCurrent } = require("../scripts/cli-sources.cjs");

const root = path.join(__dirname, "..");
if (process.env.COMMERCE_ANALYTICS_NO_BUNDLE !== "1" && bundleIsCurrent(root)) {
  require(path.join(root, "dist/cli/commerce-analytics.cjs"));
} else {
  require("tsx/cjs");
  require("../cli/main.ts");
}
