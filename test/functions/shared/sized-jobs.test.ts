/**
 * The functions that run inline for small inputs and on the engine's worker from a size on
 * (functions/shared/engine-thresholds.ts): RFM.SCORE, CYCLE.STATS, the order-line CLV, PROMO.KPIS and CLV.BGNBD's
 * expected purchases from given parameters. The same
 * cells padded with blank rows up to the threshold go through the engine (a double that clones the request and
 * the result as postMessage does, around the in-process engine) and give the same cells as the small input,
 * which stays inline; the expected cells are worked by hand. Then Excel's cancel of each @cancelable function
 * that runs a job posts `cancel` to the worker for that job (a fake worker that never answers).
 */
import { createWorkerEngine } from "../../../engine/worker-engine";
import { createInlineEngine } from "../../../engine/inline-engine";
import { jobs } from "../../../engine/jobs/registry";
import type { FromWorker, JobKind, ToWorker } from "../../../engine/protocol";
import { getEngine } from "../../../functions/shared/engine";
import { ENGINE_FROM_CELLS } from "../../../functions/shared/engine-thresholds";
import type { FormulaArgument, SheetCell } from "../../../playground/simulator/custom-functions";
import { builtMetadata, column, excelHarness, shownRows } from "../excel-harness";

let metadata: Record<string, unknown> = {};
beforeAll(async () => {
  metadata = await builtMetadata();
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

/** A column padded with blank cells to `length` rows. */
function padded(cells: readonly SheetCell[][], length: number): SheetCell[][] {
  return [...cells, ...Array.from({ length: length - cells.length }, () => [null])];
}

const DAY = 45000;

interface SizedCase {
  readonly id: string;
  readonly kind: JobKind & keyof typeof ENGINE_FROM_CELLS;
  /** The formula's arguments with every range padded to `rows` rows. */
  readonly args: (rows: number) => FormulaArgument[];
  /** Rows of the small input. */
  readonly rows: number;
  /** The range cells the size counts at `rows` rows per range. */
  readonly cellsAt: (rows: number) => number;
}

const CASES: readonly SizedCase[] = [
  {
    id: "RFM.SCORE",
    kind: "rfmScore",
    // 1..10 among themselves (R rfm's edges 3.8, 5.6, 7.4, 9.2); only all_values is padded.
    args: (rows) => [column(1, 4, 10), padded(column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), rows)],
    rows: 10,
    cellsAt: (rows) => 3 + rows,
  },
  {
    id: "CYCLE.STATS",
    kind: "cycleStats",
    // Cycles 10 (a) and 30 (b), c bought once: mean 20, Q1 15, median 20, Q3 25, lapsed after ⌈25 + 15⌉ = 40.
    args: (rows) => [
      padded(column("a", "a", "b", "b", "c"), rows),
      padded(column(DAY, DAY + 10, DAY, DAY + 30, DAY), rows),
    ],
    rows: 5,
    cellsAt: (rows) => rows,
  },
  {
    id: "CLV",
    kind: "clvSimpleOrders",
    // A: 10 days, 50, 5 a day; B: 0 days, 40. Mean lifetime 5; population 50 / 10 = 5 a day: CLV 25 each
    // (expected in EXPECTED below, as for the others).
    args: (rows) => [
      padded(column("A", "A", "B"), rows),
      padded(column(DAY, DAY + 10, DAY + 5), rows),
      padded(column(30, 20, 40), rows),
    ],
    rows: 3,
    cellsAt: (rows) => rows,
  },
  {
    id: "PROMO.KPIS",
    kind: "promoKpis",
    // GMV 300 + 100 + 150 = 550; units 2 + 1 + 1 = 4.
    args: (rows) => [
      padded(column("P1", "P2", "P1"), rows),
      padded(column(2, 1, 1), rows),
      padded(column(300, 100, 150), rows),
    ],
    rows: 3,
    cellsAt: (rows) => rows,
  },
  {
    id: "CLV.BGNBD",
    kind: "clvBgnbdExpected",
    // Expected purchases over 39 weeks at CDNOW's published parameters (offline python3 + scipy, as in
    // test/functions/clv.test.ts): x = 2, t_x = 30.43, T = 38.86 → 1.226028174767135; x = 0 → 0.19509805201125396.
    args: (rows) => [
      padded(column(2, 0), rows),
      padded(column(30.43, 0), rows),
      padded(column(38.86, 38.86), rows),
      39,
      0.243,
      4.414,
      0.793,
      2.426,
    ],
    rows: 2,
    cellsAt: (rows) => rows,
  },
];

/** The part of each result the hand calculation covers. */
function checked(id: string, result: unknown[][]): unknown[][] {
  if (id === "CYCLE.STATS") return result.map((row) => [row[1]]);
  // Padding rows stay blank; the two customers are compared to 9 decimals (the published figures' precision).
  if (id === "CLV.BGNBD")
    return result.filter(([cell]) => cell !== "").map(([cell]) => [Number((cell as number).toFixed(9))]);
  if (id === "PROMO.KPIS")
    return result.filter((row) => row[0] === "gmv" || row[0] === "units").map((row) => row.slice(0, 3));
  return result;
}

const EXPECTED: Readonly<Record<string, unknown[][]>> = {
  "RFM.SCORE": [[1], [2], [5]],
  "CYCLE.STATS": [["Value"], [3], [2], [20], [15], [20], [25], [40]],
  CLV: [
    ["member", "lifetime days", "total spend", "value per day", "CLV"],
    ["A", 10, 50, 5, 25],
    ["B", 0, 40, 5, 25],
  ],
  "PROMO.KPIS": [
    ["gmv", "GMV", 550],
    ["units", "Units", 4],
  ],
  "CLV.BGNBD": [[1.226028175], [0.195098052]],
};

/** The engine as the worker would be: the in-process engine behind a structured clone each way. */
function cloningEngineSpy() {
  const inline = createInlineEngine();
  return jest
    .spyOn(getEngine(), "run")
    .mockImplementation((kind, request, options) =>
      inline.run(kind, structuredClone(request), options).then((result) => structuredClone(result)),
    );
}

describe.each(CASES)("$id", ({ id, kind, args, rows, cellsAt }) => {
  const threshold = ENGINE_FROM_CELLS[kind];
  // The fewest padded rows whose cells reach the threshold.
  const engineRows = rows + Math.max(0, threshold - cellsAt(rows));

  it("a small input runs the job inline (no engine call)", async () => {
    const run = cloningEngineSpy();
    const job = jest.spyOn(jobs, kind);
    const result = shownRows(await excelHarness(metadata, "null").call(id, args(rows)));
    expect(checked(id, result)).toEqual(EXPECTED[id]);
    expect(run).not.toHaveBeenCalled();
    expect(job).toHaveBeenCalledTimes(1);
  });

  it(`the same cells padded to ${threshold.toLocaleString("en")} go to the engine and give the same result`, async () => {
    expect(cellsAt(engineRows)).toBeGreaterThanOrEqual(threshold);
    expect(cellsAt(engineRows - 1)).toBeLessThan(threshold);
    const run = cloningEngineSpy();
    for (const blankCells of ["null", "zero"] as const) {
      const result = shownRows(await excelHarness(metadata, blankCells).call(id, args(engineRows)));
      expect(checked(id, result)).toEqual(EXPECTED[id]);
    }
    expect(run.mock.calls.map(([called]) => called)).toEqual([kind, kind]);
  });
});

describe("Excel's cancel of a function that runs a job", () => {
  class FakeWorker {
    readonly posted: ToWorker[] = [];
    onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(message: ToWorker): void {
      this.posted.push(message);
    }
    terminate(): void {}
  }

  const big = (kind: keyof typeof ENGINE_FROM_CELLS) => ENGINE_FROM_CELLS[kind];
  const fitRows = Array.from({ length: 12 }, (_, index) => index);
  const CANCELABLE: readonly [string, JobKind, () => FormulaArgument[]][] = [
    ["RFM.SCORE", "rfmScore", () => [column(1), padded(column(1, 2, 3), big("rfmScore"))]],
    [
      "CYCLE.STATS",
      "cycleStats",
      () => [padded(column("a", "a"), big("cycleStats")), padded(column(DAY, DAY + 1), big("cycleStats"))],
    ],
    ["CLV", "clvSimpleOrders", () => CASES[2]?.args(big("clvSimpleOrders")) ?? []],
    ["PROMO.KPIS", "promoKpis", () => CASES[3]?.args(big("promoKpis")) ?? []],
    ["CLV.BGNBD", "clvBgnbdExpected", () => CASES[4]?.args(big("clvBgnbdExpected")) ?? []],
    [
      "CLV.BGNBD",
      "clvBgnbdFit",
      () => [fitRows.map((x) => [x % 3]), fitRows.map((x) => [x % 3]), fitRows.map(() => [30])],
    ],
    ["CLV.GAMMAGAMMA", "clvGammaGammaFit", () => [fitRows.map(() => [2]), fitRows.map((x) => [10 + x])]],
    ["RFM.TABLE", "rfmTable", () => [column("a"), column(DAY), column(1)]],
    ["RFM.CUSTOMERS", "rfmCustomers", () => [column("a"), column(120), column(2), column(DAY)]],
    ["KMEANS.ELBOW", "kmeansElbow", () => [column(1, 2, 10, 11)]],
    ["MEMBER.PROFILE", "memberProfileSpill", () => [column("North"), column("a"), column("o1"), column(5)]],
  ];

  it("every function that runs a job is @cancelable in functions.json", () => {
    const cancelable = (metadata.functions as { id: string; options?: { cancelable?: boolean } }[])
      .filter((entry) => entry.options?.cancelable === true)
      .map((entry) => entry.id);
    const ids = new Set([...CANCELABLE.map(([id]) => id), "KMEANS.LABELS"]);
    expect([...cancelable].sort()).toEqual([...ids].sort());
  });

  it.each(CANCELABLE)(
    "%s: cancel posts cancel for its %s job and ends the formula",
    async (id, kind, args) => {
      jest.useFakeTimers();
      const worker = new FakeWorker();
      const workerEngine = createWorkerEngine(() => worker as unknown as Worker);
      jest
        .spyOn(getEngine(), "run")
        .mockImplementation((k, request, options) => workerEngine.run(k, request, options));
      const invocation = excelHarness(metadata, "null").invoke(id, args());
      await jest.advanceTimersByTimeAsync(0);
      const started = worker.posted.find((message) => message.type === "start");
      expect(started?.kind).toBe(kind);
      invocation.cancel();
      await jest.advanceTimersByTimeAsync(0);
      expect(worker.posted).toContainEqual({ type: "cancel", jobId: started?.jobId });
      expect(shownRows(await invocation.result)).toEqual([
        [{ code: "#VALUE!", message: "The run was cancelled." }],
      ]);
    },
  );
});
