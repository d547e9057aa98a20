import { EngineError } from "../../engine/engine-error";
import type { IntakeRequest } from "../../engine/jobs/intake";
import type { FromWorker, JobProgress, ToWorker } from "../../engine/protocol";
import { createWorkerEngine, GRID_MESSAGE_CELLS, GRID_UPLOAD_MIN_ROWS } from "../../engine/worker-engine";

/**
 * A stand-in for a dedicated Worker: records what the engine posts and lets the test answer as the worker
 * would (onmessage with a FromWorker message, onerror with an ErrorEvent-like object).
 */
class FakeWorker {
  readonly posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: ToWorker): void {
    if (this.terminated) throw new Error("postMessage on a terminated worker");
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }

  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }

  /** The job ids of the `start` messages, in order. */
  startedJobIds(): number[] {
    return this.posted.flatMap((message) => (message.type === "start" ? [message.jobId] : []));
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const engine = createWorkerEngine(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  const current = (): FakeWorker => {
    const worker = workers[workers.length - 1];
    if (worker === undefined) throw new Error("no worker created yet");
    return worker;
  };
  return { engine, workers, current };
}

// The fake worker never reads the request; any well-typed intake request will do.
const request: IntakeRequest = {
  grid: { values: [["Customer ID"], ["C1"]] },
  roleChoices: {},
  locale: "en",
  runRecord: {
    inputAddress: "Sheet1!A1:A2",
    rowCount: 1,
    parameters: {},
    engineVersion: "test",
    timestampIso: "2026-01-01T00:00:00.000Z",
  },
};

type Outcome =
  { state: "pending" } | { state: "resolved"; value: unknown } | { state: "rejected"; error: unknown };

/** Follows a promise without awaiting it, so a test can check it has (or has not) settled yet. */
function track(promise: Promise<unknown>): { readonly outcome: Outcome } {
  const tracker: { outcome: Outcome } = { outcome: { state: "pending" } };
  promise.then(
    (value) => (tracker.outcome = { state: "resolved", value }),
    (error: unknown) => (tracker.outcome = { state: "rejected", error }),
  );
  return tracker;
}

/** Lets already-settled promises run their callbacks (no timers involved). */
async function flushMicrotasks(): Promise<void> {
  for (let index = 0; index < 5; index++) await Promise.resolve();
}

afterEach(() => jest.useRealTimers());

describe("createWorkerEngine", () => {
  test("creates no worker until the first job, then one worker for concurrent jobs", () => {
    const { engine, workers } = setup();
    expect(workers).toHaveLength(0);
    void engine.run("intake", request);
    void engine.run("intake", request);
    expect(workers).toHaveLength(1);
  });

  test("multiplexes jobs by id: two concurrent jobs each resolve with their own result", async () => {
    const { engine, current } = setup();
    const first = engine.run("intake", request);
    const second = engine.run("intake", request);
    const worker = current();
    const [firstId, secondId] = worker.startedJobIds();
    expect(firstId).toBeDefined();
    expect(secondId).toBeDefined();
    expect(firstId).not.toBe(secondId);
    expect(worker.posted[0]).toEqual({ type: "start", jobId: firstId, kind: "intake", request });
    // Answered in the opposite order to prove results are routed by id, not by arrival.
    worker.answer({ type: "result", jobId: secondId ?? -1, result: "second result" });
    worker.answer({ type: "result", jobId: firstId ?? -1, result: "first result" });
    await expect(first).resolves.toBe("first result");
    await expect(second).resolves.toBe("second result");
  });

  test("progress messages reach the onProgress of their own job only", async () => {
    const { engine, current } = setup();
    const firstProgress: JobProgress[] = [];
    const secondProgress: JobProgress[] = [];
    const first = engine.run("intake", request, { onProgress: (progress) => firstProgress.push(progress) });
    const second = engine.run("intake", request, { onProgress: (progress) => secondProgress.push(progress) });
    const worker = current();
    const [firstId = -1, secondId = -1] = worker.startedJobIds();
    worker.answer({ type: "progress", jobId: secondId, fraction: 0.25, stage: "k=2" });
    worker.answer({ type: "progress", jobId: firstId, fraction: 0.5, stage: "reading" });
    worker.answer({ type: "progress", jobId: secondId, fraction: 0.75, stage: "k=3" });
    expect(firstProgress).toEqual([expect.objectContaining({ fraction: 0.5, stage: "reading" })]);
    expect(secondProgress).toEqual([
      expect.objectContaining({ fraction: 0.25, stage: "k=2" }),
      expect.objectContaining({ fraction: 0.75, stage: "k=3" }),
    ]);
    worker.answer({ type: "result", jobId: firstId, result: 1 });
    worker.answer({ type: "result", jobId: secondId, result: 2 });
    await Promise.all([first, second]);
    // A progress message for a finished job is ignored.
    worker.answer({ type: "progress", jobId: firstId, fraction: 0.9, stage: "late" });
    expect(firstProgress).toHaveLength(1);
  });

  test("an error message rejects that job with an EngineError carrying the core's code and message", async () => {
    const { engine, current } = setup();
    const failing = engine.run("intake", request);
    const other = track(engine.run("intake", request));
    const worker = current();
    const [failingId = -1] = worker.startedJobIds();
    const error = { code: "NO_DATA_ROWS", message: "tableFromGrid requires at least one data row" };
    worker.answer({ type: "error", jobId: failingId, error });
    const rejection = await failing.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(rejection).toBeInstanceOf(EngineError);
    expect(rejection).toMatchObject({ code: "NO_DATA_ROWS", message: error.message });
    await flushMicrotasks();
    expect(other.outcome.state).toBe("pending");
    expect(worker.terminated).toBe(false);
  });

  test("abort rejects with CANCELLED at once, posts cancel, and terminates the idle worker after the grace", async () => {
    jest.useFakeTimers();
    const { engine, workers, current } = setup();
    const controller = new AbortController();
    const job = track(engine.run("intake", request, { signal: controller.signal }));
    const worker = current();
    const [jobId = -1] = worker.startedJobIds();
    controller.abort();
    await flushMicrotasks();
    expect(job.outcome.state).toBe("rejected");
    const error = job.outcome.state === "rejected" ? job.outcome.error : null;
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "CANCELLED" });
    expect(worker.posted).toContainEqual({ type: "cancel", jobId });

    // A late result from the worker does not change the outcome.
    worker.answer({ type: "result", jobId, result: "too late" });
    await flushMicrotasks();
    expect(job.outcome.state).toBe("rejected");

    jest.advanceTimersByTime(299);
    expect(worker.terminated).toBe(false);
    jest.advanceTimersByTime(1);
    expect(worker.terminated).toBe(true);

    const next = engine.run("intake", request);
    expect(workers).toHaveLength(2);
    const fresh = current();
    expect(fresh).not.toBe(worker);
    const [nextId = -1] = fresh.startedJobIds();
    fresh.answer({ type: "result", jobId: nextId, result: "fresh" });
    await expect(next).resolves.toBe("fresh");
  });

  test("a cancel does not terminate the worker while another job is still pending", async () => {
    jest.useFakeTimers();
    const { engine, workers, current } = setup();
    const controller = new AbortController();
    const cancelled = track(engine.run("intake", request, { signal: controller.signal }));
    const kept = engine.run("intake", request);
    const worker = current();
    const [, keptId = -1] = worker.startedJobIds();
    controller.abort();
    jest.advanceTimersByTime(1000);
    expect(worker.terminated).toBe(false);
    worker.answer({ type: "result", jobId: keptId, result: "kept" });
    await expect(kept).resolves.toBe("kept");
    await flushMicrotasks();
    expect(cancelled.outcome).toMatchObject({ state: "rejected", error: { code: "CANCELLED" } });
    expect(workers).toHaveLength(1);
  });

  test("a signal aborted before run rejects with CANCELLED without starting a worker", async () => {
    const { engine, workers } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(engine.run("intake", request, { signal: controller.signal })).rejects.toMatchObject({
      code: "CANCELLED",
    });
    expect(workers).toHaveLength(0);
  });

  test("a worker onerror rejects every pending job with WORKER_FAILED and the next job gets a new worker", async () => {
    const { engine, workers, current } = setup();
    const first = engine.run("intake", request);
    const second = engine.run("intake", request);
    const worker = current();
    worker.fail("Uncaught RangeError: Maximum call stack size exceeded");
    await expect(first).rejects.toMatchObject({
      code: "WORKER_FAILED",
      message: "Uncaught RangeError: Maximum call stack size exceeded",
    });
    await expect(second).rejects.toBeInstanceOf(EngineError);
    await expect(second).rejects.toMatchObject({ code: "WORKER_FAILED" });
    expect(worker.terminated).toBe(true);

    const third = engine.run("intake", request);
    expect(workers).toHaveLength(2);
    current().fail("");
    await expect(third).rejects.toMatchObject({ code: "WORKER_FAILED", message: "The engine stopped." });
  });

  describe("a large input grid", () => {
    const rowCount = GRID_UPLOAD_MIN_ROWS + 1;
    const values = [
      ["Customer ID", "Sales"],
      ...Array.from({ length: rowCount - 1 }, (_, row) => [`C${row}`, row]),
    ];
    const numberFormats = values.map(() => ["@", "0"]);
    const large: IntakeRequest = { ...request, grid: { values, numberFormats } };

    /** Waits (real timers: the engine yields between messages) until the worker got `count` start messages. */
    async function started(worker: FakeWorker, count: number): Promise<void> {
      for (let attempt = 0; attempt < 1000 && worker.startedJobIds().length < count; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }

    test("goes to the worker once, in messages of at most GRID_MESSAGE_CELLS cells, and jobs name it", async () => {
      const { engine, current } = setup();
      const first = engine.run("intake", large);
      const worker = current();
      await started(worker, 1);
      const gridRows = worker.posted.flatMap((message) => (message.type === "grid-rows" ? [message] : []));
      // 5,001 rows × 2 columns: 20,000 rows per message, so one message here; the rule is cells per message.
      expect(gridRows.length).toBe(Math.ceil(rowCount / (GRID_MESSAGE_CELLS / 2)));
      expect(gridRows.every((message) => message.values.length * 2 <= GRID_MESSAGE_CELLS)).toBe(true);
      expect(gridRows.flatMap((message) => message.values)).toEqual(values);
      expect(gridRows.flatMap((message) => message.numberFormats ?? [])).toEqual(numberFormats);
      const gridId = gridRows[0]?.gridId;
      const start = worker.posted.find((message) => message.type === "start");
      expect(start).toEqual({
        type: "start",
        jobId: worker.startedJobIds()[0],
        kind: "intake",
        request: { ...large, grid: { gridId } },
      });

      // A second job on the same grid sends no rows again.
      const second = engine.run("intake", { ...large, roleChoices: { Sales: "amount" } });
      await started(worker, 2);
      expect(worker.posted.filter((message) => message.type === "grid-rows")).toHaveLength(gridRows.length);
      const [firstId = -1, secondId = -1] = worker.startedJobIds();
      expect(worker.posted.at(-1)).toMatchObject({
        type: "start",
        jobId: secondId,
        request: { grid: { gridId } },
      });
      worker.answer({ type: "result", jobId: firstId, result: "first" });
      worker.answer({ type: "result", jobId: secondId, result: "second" });
      await expect(first).resolves.toBe("first");
      await expect(second).resolves.toBe("second");
    });

    test("a third grid makes the worker drop the oldest", async () => {
      const { engine, current } = setup();
      const grids = [0, 1, 2].map((copy) => ({
        ...request,
        grid: { values: values.map((row) => [...row, copy]) },
      }));
      for (const each of grids) void engine.run("intake", each);
      const worker = current();
      await started(worker, 3);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const firstGridId = worker.posted.find((message) => message.type === "grid-rows")?.gridId;
      expect(worker.posted.filter((message) => message.type === "grid-drop")).toEqual([
        { type: "grid-drop", gridId: firstGridId },
      ]);
    });

    test("a job cancelled while its grid is on the way is never started", async () => {
      const { engine, current } = setup();
      const controller = new AbortController();
      const job = engine.run("intake", large, { signal: controller.signal });
      controller.abort();
      await expect(job).rejects.toMatchObject({ code: "CANCELLED" });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(current().startedJobIds()).toEqual([]);
    });
  });
});
