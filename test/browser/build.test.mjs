// Checks the production build that `npm run build` wrote to dist/ (the browser tests run right after it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

test("the production build writes functions.json with every worksheet function", () => {
  const metadata = JSON.parse(readFileSync("dist/functions.json", "utf8"));
  const ids = metadata.functions.map((fn) => fn.id);
  for (const id of [
    "RFM.LEVEL",
    "RFM.SCORE",
    "RFM.SEGMENT",
    "RFM.TABLE",
    "PROMO.SELLRATIO",
    "CLV",
    "CYCLE.STATS",
  ]) {
    assert.ok(ids.includes(id), `${id} in functions.json (found ${ids.join(", ")})`);
  }
});

test("the production manifest carries no localhost URL", () => {
  const manifest = readFileSync("dist/manifest.xml", "utf8");
  assert.ok(!manifest.includes("localhost"));
  assert.match(manifest, /<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/);
});

test("one task pane page loads the functions and the pane on one runtime chunk (shared runtime)", () => {
  const html = readFileSync("dist/taskpane.html", "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((match) => match[1]);
  assert.equal(scripts.filter((src) => /runtime\.[0-9a-f]+\.js$/.test(src)).length, 1, scripts.join(", "));
  assert.ok(scripts.includes("functions.js"), scripts.join(", "));
  assert.ok(
    scripts.some((src) => /^taskpane\.[0-9a-f]+\.js$/.test(src)),
    scripts.join(", "),
  );
  assert.ok(readdirSync("dist").includes("functions.js"), "the manifest's <Script> file exists");
});

test("every script but functions.js is named by its content, the engine worker included (no stale cached worker)", () => {
  const scripts = readdirSync("dist").filter((name) => name.endsWith(".js"));
  const unhashed = scripts.filter((name) => name !== "functions.js" && !/\.[0-9a-f]{8}\.js$/.test(name));
  assert.deepEqual(unhashed, [], scripts.join(", "));
  assert.ok(
    scripts.some((name) => /^engine\.[0-9a-f]{8}\.js$/.test(name)),
    `the worker chunk is engine.<hash>.js (found ${scripts.join(", ")})`,
  );
});
