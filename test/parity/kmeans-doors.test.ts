/**
 * One engine, one answer (issue 9) for k-means on a numeric table: the command line's `kmeans --json` and the
 * worksheet functions =KMEANS.ELBOW and =KMEANS.LABELS (their engine jobs) on the same points give the same
 * sweep, the same recommended k, the same clusters, and use and leave out the same rows. The README's
 * four-group example (test/fixtures/segment-cli/README.md: scikit-learn's inertias 200, 110, 65, 20, …, the
 * knee at 4) anchors the shared answer.
 */
import { join } from "node:path";
import { kmeansCommand, type KMeansJson } from "../../cli/commands/kmeans";
import { kmeansElbow, kmeansLabels } from "../../functions/kmeans";
import { excelGridFromCsv } from "./excel-grid";
import { spillError } from "./ranges";

const FIXTURES = join(__dirname, "../fixtures/segment-cli");
const FOUR_GROUPS = join(FIXTURES, "four-groups.csv");
const WITH_GAPS = join(FIXTURES, "points-with-gaps.csv");

async function cli(file: string, flags: Record<string, string> = {}): Promise<KMeansJson> {
  const output = await kmeansCommand.execute({
    values: { input: file, ...flags },
    positionals: [],
    locale: "en",
  });
  return output.json() as KMeansJson;
}

/** The x and y cells of each data row, as the range B2:C41 holds them. */
function pointsRange(file: string): unknown[][] {
  const [header, ...rows] = excelGridFromCsv(file).values;
  const columns = ["x", "y"].map((name) => (header ?? []).indexOf(name));
  return rows.map((row) => columns.map((column) => row[column] ?? ""));
}

describe("=KMEANS.ELBOW and the command line's kmeans", () => {
  it("the same sweep k = 1..8, the same knee and the same recommended k", async () => {
    const json = await cli(FOUR_GROUPS);
    const spill = await kmeansElbow(pointsRange(FOUR_GROUPS), 10, 0, "en");
    const [header, ...rows] = spill;
    const runRows = rows.slice(0, -1);
    const recommended = rows[rows.length - 1];
    expect(header?.[0]).toBe("Segments (k)");
    expect(json.runs.map((run) => Math.round(run.inertia))).toEqual([200, 110, 65, 20, 15, 10, 5, 0]);
    expect(runRows.map((row) => row.slice(0, 6))).toEqual(
      json.runs.map((run) => [
        run.k,
        run.inertia,
        run.inertiaDrop ?? "",
        run.silhouette ?? "",
        run.calinskiHarabasz ?? "",
        run.daviesBouldin ?? "",
      ]),
    );
    expect(runRows.filter((row) => row[6] !== "").map((row) => row[0])).toEqual([json.knee]);
    expect(recommended?.[1]).toBe(json.recommendedK);
    expect(json.recommendedK).toBe(4);
  });
});

describe("=KMEANS.LABELS and the command line's kmeans at one k", () => {
  it("the same cluster for every point of the four groups", async () => {
    const json = await cli(FOUR_GROUPS, { k: "4" });
    const spill = await kmeansLabels(pointsRange(FOUR_GROUPS), 4);
    expect(spill.map((row) => row[0])).toEqual(json.assignment?.labels);
    expect(new Set(json.assignment?.labels).size).toBe(4);
  });

  it("the same clusters for the rows both use, and the same rows left out (a blank y, a text x)", async () => {
    const json = await cli(WITH_GAPS, { k: "2" });
    const spill = await kmeansLabels(pointsRange(WITH_GAPS), 2);
    const cells = spill.map((row) => row[0]);
    expect(cells).toHaveLength(json.rows.read);
    const left = cells.flatMap((cell, row) => (spillError(cell) === null ? [] : [row]));
    const skipped = (json.assignment?.labels ?? []).flatMap((label, row) => (label === null ? [row] : []));
    expect(left).toEqual(skipped);
    expect(left).toHaveLength(json.rows.skipped.blankCell + json.rows.skipped.nonNumericCell);
    expect(cells.filter((cell) => spillError(cell) === null)).toHaveLength(json.rows.used);
    expect(cells.map((cell) => (spillError(cell) === null ? cell : null))).toEqual(json.assignment?.labels);
  });
});
