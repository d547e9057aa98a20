/**
 * =KMEANS.LABELS and =KMEANS.ELBOW. Expected values:
 * - The four-group example of shared/data/README.md ("Points [0,0],[1,1] ×5 + [3,3],[4,4] ×5 + [0,4],[1,3] ×5 +
 *   [3,1],[4,0] ×5": 40 rows, 8 distinct points; scikit-learn's test_calinski_harabasz / davies_bouldin data): in
 *   the four groups CH = 108, DB = 0.471405, SSE = 20 (README).
 * - Inertia for k = 1..8, the silhouette at k = 4 and the Calinski-Harabasz at k = 7: an offline run of
 *   scikit-learn 1.2.1 (Debian python3-sklearn), recorded here:
 *     X = np.array([[0,0],[1,1]]*5 + [[3,3],[4,4]]*5 + [[0,4],[1,3]]*5 + [[3,1],[4,0]]*5, dtype=float)
 *     for k in range(1, 9): km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
 *       print(k, km.inertia_, silhouette_score(X, km.labels_), calinski_harabasz_score(X, km.labels_))
 *   → inertia 200, 110, 65, 20, 15, 10, 5, 0; silhouette(k = 4) 0.7381085995605379; CH(k = 7) 214.5 (the highest
 *   for k = 2..7: 31.09, 38.42, 108, 107.92, 129.2, 214.5; CH(k = 8) = 1, scikit-learn's value when W = 0).
 * - Everything else is worked out by hand in the tests.
 */
import { jobs } from "../../engine/jobs/registry";
import { kmeansElbow, kmeansLabels } from "../../functions/kmeans";

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

/** The README's example: 5 copies of each pair, groups in this order. */
function fourGroups(): number[][] {
  const pairs = [
    [
      [0, 0],
      [1, 1],
    ],
    [
      [3, 3],
      [4, 4],
    ],
    [
      [0, 4],
      [1, 3],
    ],
    [
      [3, 1],
      [4, 0],
    ],
  ];
  return pairs.flatMap((pair) => Array.from({ length: 5 }, () => pair).flat());
}

describe("=KMEANS.LABELS", () => {
  it("finds the README's four groups, numbered by centre: first column, then second, descending", async () => {
    // Group centres: (0.5, 0.5), (3.5, 3.5), (0.5, 3.5), (3.5, 0.5). Descending by x, then y:
    // (3.5, 3.5) → 1, (3.5, 0.5) → 2, (0.5, 3.5) → 3, (0.5, 0.5) → 4.
    const labels = await kmeansLabels(fourGroups(), 4);
    const expected = [4, 1, 3, 2].flatMap((cluster) => new Array<number[]>(10).fill([cluster]));
    expect(labels).toEqual(expected);
  });

  it("labels an obvious two-group set by hand, one column of results", async () => {
    // Centres (1.33, 10.67) and (50.5, 60.5): the second has the higher first coordinate, so it is cluster 1.
    const data = [
      [1, 10],
      [2, 11],
      [1, 11],
      [50, 60],
      [51, 61],
    ];
    expect(await kmeansLabels(data, 2)).toEqual([[2], [2], [2], [1], [1]]);
    // One column of data: the numbering is by that column alone.
    expect(await kmeansLabels([[5], [100], [6], [101]], 2, 7)).toEqual([[2], [1], [2], [1]]);
  });

  it("gives the same labels on every recalculation (seeded) and for an explicit seed 0", async () => {
    const data = Array.from({ length: 60 }, (_, row) => [Math.sin(row) * 10, Math.cos(row * 1.7) * 10]);
    const first = await kmeansLabels(data, 3);
    expect(await kmeansLabels(data, 3)).toEqual(first);
    expect(await kmeansLabels(data, 3, 0)).toEqual(first);
    expect(new Set(first.map((row) => row[0]))).toEqual(new Set([1, 2, 3]));
  });

  it("puts a row's bad cell in that row's result and clusters the others; all-blank rows stay blank", async () => {
    const data = [
      [1, 10],
      [2, "x"],
      [1, 11],
      [null, null],
      [50, 60],
      [51, null],
      [52, 61],
    ];
    const result = await kmeansLabels(data, 2);
    expect(result).toHaveLength(7);
    expect([result[0], result[2], result[3], result[4], result[6]]).toEqual([[2], [2], [""], [1], [1]]);
    expect(errorOf(result[1]?.[0])).toEqual({
      code: "#VALUE!",
      message: 'KMEANS.LABELS: data (row 2, column 2) must be a number (got "x")',
    });
    expect(errorOf(result[5]?.[0])).toEqual({
      code: "#VALUE!",
      message: "KMEANS.LABELS: data (row 6, column 2) is blank",
    });
  });

  it("names an error value passed in from a cell", async () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const result = await kmeansLabels([[1], [na], [3], [4]], 2);
    expect(errorOf(result[1]?.[0])).toEqual({
      code: "#VALUE!",
      message: "KMEANS.LABELS: data (row 2, column 1) is an error value (#N/A)",
    });
  });

  it.each([
    // 3 distinct rows: the core's message, named after the worksheet function.
    [[[1], [1], [2], [3]], 4, undefined, "k = 4 is more than the 3 distinct rows: choose a smaller k"],
    [[[1], [2], [3]], 1.5, undefined, "The number of segments k must be a whole number ≥ 1 (got 1.5)"],
    [[[1], [2], [3]], null, undefined, "KMEANS.LABELS: k is blank"],
    [[[1], [2], [3]], 2, -1, "The seed must be a whole number ≥ 0 (got -1)"],
    [[[1]], 1, undefined, "At least 2 rows are needed (got 1)"],
    // Too few good rows: the bad cell explains more than "at least 2 rows".
    [[[1], ["a"]], 1, undefined, 'KMEANS.LABELS: data (row 2, column 1) must be a number (got "a")'],
  ])("one #VALUE! with a message for data %j, k %p, seed %p", async (data, k, seed, message) => {
    expect((await kmeansLabels(data, k, seed)).map((row) => row.map(errorOf))).toEqual([
      [{ code: "#VALUE!", message }],
    ]);
  });

  it("refuses more than 50,000 rows and points to the pane or the command line", async () => {
    const data = Array.from({ length: 50_001 }, (_, row) => [row % 7]);
    const [[cell]] = (await kmeansLabels(data, 2)) as [[unknown]];
    expect(errorOf(cell).message).toBe(
      "KMEANS.LABELS: data has 50001 rows, over 50000: use the task pane's Segment or the command line (commerce-analytics kmeans)",
    );
  });

  it("counts rows with data against the limit, not blank rows between them", async () => {
    // 50,001 data rows with a blank row after each: the message counts the 50,001, not the 100,002 range rows.
    const overLimit = Array.from({ length: 50_001 }, (_, row) => [[row % 7], [null]]).flat();
    const [[cell]] = (await kmeansLabels(overLimit, 2)) as [[unknown]];
    expect(errorOf(cell).message).toMatch(/^KMEANS.LABELS: data has 50001 rows, over 50000/);
    // 50,000 data rows with 1,000 blank rows among them: at the limit, so the k-means runs (the job is stubbed
    // here: only the rows it receives matter) and the blank rows stay blank.
    const job = jest
      .spyOn(jobs, "kmeansLabels")
      .mockImplementation(({ matrix }) => Array(matrix.rows).fill(1));
    const atLimit: unknown[][] = Array.from({ length: 50_000 }, (_, row) => [row % 7]);
    for (let blank = 0; blank < 1_000; blank++) atLimit.splice(blank * 50 + 1, 0, [null]);
    const labels = await kmeansLabels(atLimit, 2);
    expect(job.mock.calls[0]?.[0].matrix.rows).toBe(50_000);
    expect(labels).toHaveLength(51_000);
    expect(labels.filter(([label]) => label === "")).toHaveLength(1_000);
    job.mockRestore();
  });
});

describe("=KMEANS.ELBOW", () => {
  let table: unknown[][] = [];
  beforeAll(async () => {
    table = await kmeansElbow(fourGroups());
  });

  it("spills a header row, one row per k up to the 8 distinct points, and the recommendation row", () => {
    expect(table[0]).toEqual([
      "Segments (k)",
      "Within-cluster sum of squares",
      "Drop from previous k",
      "Silhouette (higher is better)",
      "Calinski-Harabasz (higher is better)",
      "Davies-Bouldin (lower is better)",
      "Elbow",
    ]);
    expect(table).toHaveLength(10);
    expect(table.every((row) => row.length === 7)).toBe(true);
    expect(table.slice(1, 9).map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("has scikit-learn's inertia for every k, and first differences of it", () => {
    const inertias = table.slice(1, 9).map((row) => row[1] as number);
    [200, 110, 65, 20, 15, 10, 5, 0].forEach((expected, index) =>
      expect(inertias[index]).toBeCloseTo(expected, 9),
    );
    expect(table[1]?.[2]).toBe("");
    const drops = table.slice(2, 9).map((row) => row[2] as number);
    [90, 45, 45, 5, 5, 5, 5].forEach((expected, index) => expect(drops[index]).toBeCloseTo(expected, 9));
  });

  it("at k = 4 reproduces the README (SSE 20, CH 108, DB 0.471405) and scikit-learn's silhouette", () => {
    const [k, inertia, , silhouette, ch, db] = table[4] as number[];
    expect(k).toBe(4);
    expect(inertia).toBeCloseTo(20, 9);
    expect(silhouette).toBeCloseTo(0.7381085995605379, 9);
    expect(ch).toBeCloseTo(108, 9);
    expect(db).toBeCloseTo(0.471405, 6);
    expect(table[1]?.slice(3, 6)).toEqual(["", "", ""]);
  });

  it("marks the elbow at k = 4 (Kneedle by hand) and recommends k = 4 (silhouette and DB peak only at the range end)", () => {
    /*
     * Kneedle (convex, decreasing, S = 1): x = (k − 1)/7, y = 1 − inertia/200 → differences y − x =
     * 0, .307, .389, .471, .354, .236, .118, 0; the maximum .471 is at k = 4; threshold .471 − 1/7 = .329;
     * k = 6 (.236) drops below it before any new maximum → knee k = 4.
     * Votes: elbow 4; silhouette 8 (every cluster one point: 1, its maximum); Davies-Bouldin 8 (0, its
     * minimum); Calinski-Harabasz 7 (214.5, scikit-learn above; it is 1 at k = 8). k = 8 is the largest k
     * tried, so silhouette and Davies-Bouldin have no peak inside the range and do not vote; the elbow and
     * Calinski-Harabasz tie one to one and the elbow, first in the criteria order, decides: k = 4.
     */
    expect(table.slice(1, 9).map((row) => row[6])).toEqual(["", "", "", "◀ elbow", "", "", "", ""]);
    const last = table[9] as unknown[];
    expect(last.slice(0, 6)).toEqual(["Recommended k", 4, "", "", "", ""]);
    expect(last[6]).toMatch(/^Recommended number of segments: 4\. 1 of 4 criteria point to k = 4\./);
    expect(last[6]).toMatch(/The criteria disagree/);
    expect(table[7]?.[4]).toBeCloseTo(214.5, 9);
  });

  it("writes headers in the language asked for and stops at k_max", async () => {
    const zh = await kmeansElbow(fourGroups(), 3, 0, "zh-TW");
    expect(zh[0]?.[0]).toBe("分群數（k）");
    expect(zh.slice(1, 4).map((row) => row[0])).toEqual([1, 2, 3]);
    expect(zh[4]?.[0]).toBe("建議分群數 k");
  });

  it("says when there are too few k to recommend one", async () => {
    // Two rows: k = 1..2, no silhouette at k = 2 (as many clusters as rows), no knee with 2 points.
    const tiny = await kmeansElbow([[0], [1]]);
    expect(tiny).toHaveLength(4);
    expect(tiny[3]?.slice(0, 2)).toEqual(["Recommended k", ""]);
    expect(tiny[3]?.[6]).toMatch(/^Too few values of k/);
  });

  it.each([
    [[[1], ["x"], [3]], undefined, 'KMEANS.ELBOW: data (row 2, column 1) must be a number (got "x")'],
    [
      [[1], [2], [3]],
      1,
      "KMEANS.ELBOW requires k_max to be a whole number from 2 to 50 (got 1); for more, use the command line (commerce-analytics kmeans)",
    ],
    [
      [[1], [2], [3]],
      51,
      "KMEANS.ELBOW requires k_max to be a whole number from 2 to 50 (got 51); for more, use the command line (commerce-analytics kmeans)",
    ],
    [[[1], [2], [3]], "ten", 'KMEANS.ELBOW: k_max must be a number (got "ten")'],
    [[[1]], undefined, "At least 2 rows are needed (got 1)"],
  ])("one #VALUE! for data %j, k_max %p", async (data, kMax, message) => {
    expect((await kmeansElbow(data, kMax)).map((row) => row.map(errorOf))).toEqual([
      [{ code: "#VALUE!", message }],
    ]);
  });

  it("refuses an unknown language", async () => {
    expect(errorOf((await kmeansElbow([[1], [2]], 2, 0, "fr"))[0]?.[0]).message).toBe(
      'language must be one of en, zh-tw, zh-cn (got "fr")',
    );
  });
});
