import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as cliSources from "../../scripts/cli-sources.cjs";
import { REPO_ROOT } from "../support/cli";

/** Runs the bin with the bundle allowed or not; returns stdout (status 0 asserted). */
function runBin(bundle: boolean, args: readonly string[]): string {
  const result = spawnSync(process.execPath, ["bin/commerce-analytics.cjs", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, COMMERCE_ANALYTICS_NO_BUNDLE: bundle ? "" : "1", COMMERCE_ANALYTICS_DEBUG: "" },
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

describe("the prebuilt command line (scripts/build-cli.mjs)", () => {
  it("builds, and the bundle prints what the TypeScript sources print, k-means worker threads included", () => {
    const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    expect(cliSources.bundleIsCurrent(REPO_ROOT)).toBe(true);
    // kmeans runs its restarts on two worker threads (cli/workers/kmeans-pool.ts): from the bundle they load
    // dist/cli/kmeans-worker.cjs, from the sources kmeans-worker.ts through tsx.
    const kmeans = ["kmeans", "--input", "test/fixtures/segment-cli/four-groups.csv", "--k", "1-4", "--json"];
    const fromBundle = runBin(true, kmeans);
    expect(fromBundle).toBe(runBin(false, kmeans));
    expect((JSON.parse(fromBundle) as { runs: unknown[] }).runs).toHaveLength(4);
    const rfm = ["rfm", "--input", "test/fixtures/member-cli/orders.csv", "--json"];
    expect(JSON.parse(runBin(true, rfm))).toEqual(JSON.parse(runBin(false, rfm)));
  }, 120_000);

  describe("bundleIsCurrent", () => {
    let root: string;
    const at = (file: string, seconds: number): void => {
      const full = path.join(root, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, "x");
      utimesSync(full, seconds, seconds);
    };
    const stamp = (newestSourceTimeMs: number): void =>
      writeFileSync(path.join(root, "dist/cli/stamp.json"), JSON.stringify({ newestSourceTimeMs }));

    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), "cli-bundle-"));
      at("cli/main.ts", 1000);
      at("src/table/a.ts", 2000);
      at("fileio/read-csv.ts", 1200);
      at("package.json", 1500);
      at("dist/cli/commerce-analytics.cjs", 3000);
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it("is current while no source is newer than the build recorded", () => {
      expect(cliSources.newestSourceTimeMs(root)).toBe(2_000_000);
      stamp(2_000_000);
      expect(cliSources.bundleIsCurrent(root)).toBe(true);
    });

    it("is stale once a source (nested, or package.json) is edited after the build", () => {
      stamp(2_000_000);
      at("src/table/deeper/b.ts", 2001);
      expect(cliSources.bundleIsCurrent(root)).toBe(false);
      at("src/table/deeper/b.ts", 10);
      at("package.json", 2500);
      expect(cliSources.bundleIsCurrent(root)).toBe(false);
    });

    it("is not used without a stamp or without the bundle; is all there is without sources", () => {
      expect(cliSources.bundleIsCurrent(root)).toBe(false);
      stamp(2_000_000);
      rmSync(path.join(root, "dist/cli/commerce-analytics.cjs"));
      expect(cliSources.bundleIsCurrent(root)).toBe(false);
      at("dist/cli/commerce-analytics.cjs", 3000);
      rmSync(path.join(root, "src"), { recursive: true });
      rmSync(path.join(root, "cli"), { recursive: true });
      rmSync(path.join(root, "fileio"), { recursive: true });
      expect(cliSources.bundleIsCurrent(root)).toBe(true);
    });
  });
});
