/**
 * `commerce-analytics kmeans` and `segment`. Fixtures and the provenance of every expected value are in
 * test/fixtures/segment-cli/README.md; the hand calculations are written out next to each test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { KMeansJson } from "../../cli/commands/kmeans";
import type { SegmentJson } from "../../cli/commands/segment";
import { runInProcess, spawnCli } from "../support/cli";

const fourGroups = "test/fixtures/segment-cli/four-groups.csv";
const withGaps = "test/fixtures/segment-cli/points-with-gaps.csv";
const orderLines = "test/fixtures/segment-cli/order-lines.csv";

async function sheetCells(file: string): Promise<{ names: string[]; cells: Map<string, unknown[]> }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cells = new Map<string, unknown[]>();
  for (const sheet of book.worksheets) {
    const values: unknown[] = [];
    sheet.eachRow((row) => values.push(...(row.values as unknown[]).slice(1)));
    cells.set(sheet.name, values);
  }
  return { names: book.worksheets.map((sheet) => sheet.name), cells };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "segment-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commerce-analytics kmeans (spawned)", () => {
  it("sweeps the README's four-group example: scikit-learn's inertias, the knee at 4, and the Elbow sheet", async () => {
    const out = path.join(dir, "kmeans.xlsx");
    const result = spawnCli("kmeans", "--input", fourGroups, "--k", "1-10", "--json", "--out", out);
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = result.json<KMeansJson>();
    expect(json).toMatchObject({
      columns: ["x", "y"],
      ignoredColumns: [{ name: "point", type: "text" }],
      rows: { read: 40, used: 40, skipped: { blankCell: 0, nonNumericCell: 0 } },
      seed: 0,
      restarts: 10,
      standardize: false,
      // 8 distinct points, so k stops at 8.
      kMin: 1,
      kMax: 8,
      kMaxClamped: true,
      knee: 4,
      // Silhouette and Davies-Bouldin are best at k = 8, the largest k tried (every cluster one point), so
      // they do not vote; the elbow (4) and Calinski-Harabasz (7) tie, and the elbow breaks ties → 4.
      recommendedK: 4,
    });
    const inertias = json.runs.map((run) => run.inertia);
    [200, 110, 65, 20, 15, 10, 5, 0].forEach((expected, index) =>
      expect(inertias[index]).toBeCloseTo(expected, 9),
    );
    const atFour = json.runs[3];
    expect(atFour?.calinskiHarabasz).toBeCloseTo(108, 9);
    expect(atFour?.daviesBouldin).toBeCloseTo(0.471405, 6);
    expect(json.silhouette).toHaveLength(8);
    expect(json.silhouette[0]).toBeNull();
    expect(json.silhouette[3]).toBeCloseTo(0.7381085995605379, 9);
    expect(json.silhouette[7]).toBe(1);
    expect(json.recommendation?.votes.map((vote) => [vote.criterion, vote.k])).toEqual([
      ["knee", 4],
      ["silhouette", 8],
      ["daviesBouldin", 8],
      ["calinskiHarabasz", 7],
    ]);
    expect(json.assignment).toBeNull();

    const { names, cells } = await sheetCells(out);
    expect(names).toEqual(["Elbow"]);
    const elbow = cells.get("Elbow") ?? [];
    expect(elbow).toEqual(
      expect.arrayContaining(["Silhouette (higher is better)", "◀ knee", "Columns clustered: x, y."]),
    );
    expect(elbow).toContain("40 of 40 rows used; skipped: 0 with a blank cell, 0 with a non-numeric cell.");
  });

  it("exits 2 with one line on stderr when --k is more than the distinct rows", () => {
    const result = spawnCli("kmeans", "--input", fourGroups, "--k", "9");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${fourGroups}: --k 9 is more than the 8 distinct rows of the data`,
    ]);
  });
});

describe("kmeans (in-process)", () => {
  it("skips and counts rows with a blank or non-numeric cell, and reports the clusters of a single k", async () => {
    /*
     * points-with-gaps.csv: 12 data rows (a blank line is not a row); line 4 has a blank y, line 9 an "abc" x.
     * Group A (1,10) (2,11) (1,11) (2,10) (1,12): centre (1.4, 10.8), SSE x 1.2 + y 2.8 = 4.
     * Group B (50,60) (51,61) (52,60) (50,61) (51,60): centre (50.8, 60.4), SSE x 2.8 + y 1.2 = 4.
     * B has the higher x centre → cluster 1. Inertia 4 + 4 = 8.
     */
    const result = await runInProcess("kmeans", "--input", withGaps, "--k", "2", "--json");
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<KMeansJson>();
    expect(json.rows).toEqual({
      read: 12,
      used: 10,
      skipped: { blankCell: 1, nonNumericCell: 1 },
      skippedExamples: [
        { line: 4, column: "y", value: "" },
        { line: 9, column: "x", value: "abc" },
      ],
    });
    expect(json.runs.map((r) => [r.k, r.inertia])).toEqual([[2, expect.closeTo(8, 9)]]);
    expect(json.assignment?.labels).toEqual([2, 2, null, 2, 2, 1, null, 1, 1, 2, 1, 1]);
    expect(json.assignment?.sizes).toEqual([5, 5]);
    const centres = json.assignment?.centroids.flat() ?? [];
    [50.8, 60.4, 1.4, 10.8].forEach((expected, index) => expect(centres[index]).toBeCloseTo(expected, 9));
  });

  it("standardises on request: both columns have sd √2.5, so every inertia is divided by 2.5", async () => {
    // x and y each take 0, 1, 3, 4 equally often: mean 2, population variance (4 + 1 + 1 + 4) / 4 = 2.5.
    const result = await runInProcess(
      "kmeans",
      "--input",
      fourGroups,
      "--k",
      "1-4",
      "--standardize",
      "--json",
    );
    const json = result.json<KMeansJson>();
    expect(json.standardize).toBe(true);
    const inertias = json.runs.map((r) => r.inertia);
    [80, 44, 26, 8].forEach((expected, index) => expect(inertias[index]).toBeCloseTo(expected, 9));
  });

  it("picks columns by name with --columns and reads them as numbers", async () => {
    // y alone takes 0, 1, 3, 4 ten times each: k = 1 inertia 40 × 2.5 = 100.
    const single = JSON.parse(
      (await runInProcess("kmeans", "--input", fourGroups, "--columns", "Y", "--k", "1-2", "--json")).stdout,
    ) as KMeansJson;
    expect(single.columns).toEqual(["y"]);
    expect(single.runs[0]?.inertia).toBeCloseTo(100, 9);
    const text = await runInProcess("kmeans", "--input", fourGroups, "--columns", "point", "--k", "2");
    expect([text.status, text.stdout]).toEqual([2, ""]);
    expect(text.stderr).toBe(
      `commerce-analytics: ${fourGroups}: kmeans requires at least 2 rows with a number in every chosen column (got 0 of 40; skipped: 0 with a blank cell, 40 with a non-numeric cell)\n`,
    );
  });

  it.each([
    [["--columns", "z"], 'no column named "z" for --columns (columns: "point", "x", "y")'],
    [["--k", "5-2"], '--k must be a whole number k ≥ 1 or a range such as 1-10 (got "5-2")'],
    [["--k", "0"], '--k must be a whole number k ≥ 1 or a range such as 1-10 (got "0")'],
    [["--seed", "1.5"], '--seed must be a whole number ≥ 0 (got "1.5")'],
    [["--restarts", "0"], '--restarts must be a whole number ≥ 1 (got "0")'],
  ])("exits 2 for %j", async (flags, message) => {
    const result = await runInProcess("kmeans", "--input", fourGroups, ...flags);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      "",
      `commerce-analytics: ${message}\n`,
    ]);
  });
});

/*
 * order-lines.csv (the fixture of test/src/segment/segment.test.ts as a file): as-of = the day after the latest
 * order, 2023-03-16.
 * - H1..H4: 8 orders of 20,000 on 2023-03-08..15 → 8 orders, 160,000, recency 1; study levels sales 0, orders 0.
 * - M1..M4: 3 orders of 15,000 on 2023-03-05..07 → 3 orders, 45,000, recency 9; levels sales 3, orders 2.
 * - L1..L4: 1 order of 1,000 on 2020-06-18 → 1 order, 1,000, recency 1001; levels sales 6, orders 4.
 * Three distinct level rows: k = 1..3; k = 1 inertia 4·(9 + 4) + 4·(9 + 4) = 104 (centre (3, 2)); k = 3 inertia 0.
 * --k auto: at k = 3 every cluster is one point, so the silhouette is 1 (its maximum) and Davies-Bouldin 0 (its
 * minimum): both vote 3. Calinski-Harabasz is 1 at k = 3 (W = 0, scikit-learn's convention), so it does not. Kneedle
 * finds no knee on three points (differences 0, .25, 0; threshold .25 − .5 < 0 is never crossed). So k = 3.
 * Types (study rule: recent ≤ 180 days; above average orders 4 / amount 68,666.67): H recent, above both →
 * Important value; M recent, below both → New; L not recent, below both → Churned.
 */
const expectedClusters = [
  { cluster: 1, size: 4, label: "Important value", avgFrequency: 8, avgMonetary: 160000, avgRecencyDays: 1 },
  { cluster: 2, size: 4, label: "New", avgFrequency: 3, avgMonetary: 45000, avgRecencyDays: 9 },
  { cluster: 3, size: 4, label: "Churned", avgFrequency: 1, avgMonetary: 1000, avgRecencyDays: 1001 },
];
const clusterOf = { H: 1, M: 2, L: 3 } as const;

describe("commerce-analytics segment (spawned)", () => {
  it("segments the hand-built members at the recommended k = 3 and writes the pane's three sheets", async () => {
    const out = path.join(dir, "segment.xlsx");
    const result = spawnCli("segment", "--input", orderLines, "--json", "--out", out);
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const json = result.json<SegmentJson>();
    expect(json).toMatchObject({
      asOf: "2023-03-16",
      asOfSource: "dayAfterLatestOrder",
      scoring: "study",
      rows: { read: 48, used: 48 },
      k: 3,
      kSource: "recommended",
      knee: null,
      recommendation: { recommendedK: 3 },
    });
    expect(json.elbow.map((run) => [run.k, run.inertia])).toEqual([
      [1, 104],
      [2, 26],
      [3, 0],
    ]);
    expect(json.clusters).toEqual(expectedClusters);
    expect(json.members).toHaveLength(12);
    for (const member of json.members) {
      const group = String(member.memberId)[0] as keyof typeof clusterOf;
      expect([member.memberId, member.cluster, member.label]).toEqual([
        member.memberId,
        clusterOf[group],
        expectedClusters[clusterOf[group] - 1]?.label,
      ]);
    }
    const { names, cells } = await sheetCells(out);
    expect(names).toEqual(["Segments", "Members", "Elbow"]);
    expect(cells.get("Segments")).toContain("Important value");
    expect(cells.get("Members")).toEqual(expect.arrayContaining(["H1", "L4", "M2"]));
  });
});

describe("segment (in-process)", () => {
  it("gives the same three groups with quantile scores and a given k (each group has identical R/F/M)", async () => {
    const result = await runInProcess(
      "segment",
      "--input",
      orderLines,
      "--scoring",
      "quantile",
      "--k",
      "3",
      "--json",
    );
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const json = result.json<SegmentJson>();
    expect([json.scoring, json.k, json.kSource]).toEqual(["quantile", 3, "given"]);
    expect(json.clusters).toEqual(expectedClusters);
  });

  it("prints the segment table and the reasons for k in the user's language", async () => {
    const result = await runInProcess("segment", "--input", orderLines, "--locale", "zh-TW");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("k = 3：建議值（--k auto）。");
    expect(result.stdout).toContain("重要價值客戶");
  });

  it.each([
    [
      ["--k", "4"],
      `${orderLines}: --k 4 is more than the 3 distinct member rows of the study features (use --k 3 or less)`,
    ],
    [["--k", "many"], '--k must be auto or a whole number ≥ 1 (got "many")'],
    [["--scoring", "custom"], '--scoring must be study or quantile (got "custom")'],
    [["--as-of", "2023-03-01"], `${orderLines}: --as-of 2023-03-01 is before the latest order 2023-03-15`],
  ])("exits 2 for %j", async (flags, message) => {
    const result = await runInProcess("segment", "--input", orderLines, ...flags);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      "",
      `commerce-analytics: ${message}\n`,
    ]);
  });

  it("is listed in the program's help with kmeans", async () => {
    const help = await runInProcess("--help");
    expect(help.stdout).toMatch(/\n {2}segment +Member segments/);
    expect(help.stdout).toMatch(/\n {2}kmeans +k-means on numeric columns/);
  });
});
