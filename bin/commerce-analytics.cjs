#!/usr/bin/env node
// Runs the TypeScript command line directly (tsx), so it works right after `npm install` with no build step.
require("tsx/cjs");
require("../cli/main.ts");
