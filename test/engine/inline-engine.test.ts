import { EngineError } from "../../engine/engine-error";
import { createInlineEngine } from "../../engine/inline-engine";
import type { JobContext } from "../../engine/jobs/context";
import type { IntakeRequest, IntakeResult } from "../../engine/jobs/intake";
import { jobs } from "../../engine/jobs/registry";
import type { JobKind, JobProgress } from "../../engine/protocol";

function intakeRequest(values: (string | number)[][]): IntakeRequest {
  return {
    grid: { values },
    roleChoices: {},
    locale: "en",
    runRecord: {
      inputAddress: "Sheet1!A1:B3",
      rowCount: values.length - 1,
      parameters: {},
      engineVersion: "test",
      timestampIso: "2026-01-01T00:00:00.000Z",
    },
  };
}

/** A promise the test resolves by hand, to hold a fake job in the middle of its work. */
function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** Replaces the intake job with a controllable one for the duration of a test. */
function replaceIntakeJob(job: (request: IntakeRequest, context: JobContext) => Promise<unknown>) {
  return jest
    .spyOn(jobs, "intake")
    .mockImplementation((request, context) => job(request, context) as unknown as IntakeResult);
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

afterEach(() => jest.restoreAllMocks());

describe("createInlineEngine", () => {
  test("runs the real intake job: progress in order, then its result", async () => {
    const progress: JobProgress[] = [];
    const engine = createInlineEngine();
    const running = engine.run(
      "intake",
      intakeRequest([
        ["Customer ID", "Sales"],
        ["C1", 1200],
        ["C2", 80],
      ]),
      { onProgress: (step) => progress.push(step) },
    );
    // The job starts on a later task, so the caller can show "running" first (as with the worker).
    expect(progress).toEqual([]);
    const result = await running;
    // intakeJob reports 0.1 "reading" (the grid's 2 rows below its header) then 0.9 "quality" (engine/jobs/intake.ts).
    expect(progress).toEqual([
      { fraction: 0.1, stage: "reading", count: 2 },
      { fraction: 0.9, stage: "quality" },
    ]);
    expect(result.rowCount).toBe(2);
    expect(result.columns.map((column) => [column.name, column.role])).toEqual([
      ["Customer ID", "memberId"],
      ["Sales", "amount"],
    ]);
  });

  test("a core error rejects with an EngineError carrying the core's code and message", async () => {
    const engine = createInlineEngine();
    // A header row and nothing below it: tableFromGrid documents NO_DATA_ROWS for this.
    const error = await rejectionOf(engine.run("intake", intakeRequest([["Customer ID", "Sales"]])));
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "NO_DATA_ROWS" });
    expect((error as Error).message).toMatch(
      /^The selection has a header row \(row \d+\) but no data rows below it/,
    );
  });

  test("a non-core failure rejects with code INTERNAL", async () => {
    const engine = createInlineEngine();
    const error = await rejectionOf(engine.run("nope" as JobKind, intakeRequest([["A"], [1]]) as never));
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "INTERNAL", message: "Unknown job kind: nope" });
  });

  test("abort during a job rejects with CANCELLED at once and the job sees isCancelled()", async () => {
    const gate = deferred();
    const seen: boolean[] = [];
    let reachedGate = false;
    replaceIntakeJob(async (_request, context) => {
      context.progress(0.5, "half");
      seen.push(context.isCancelled());
      reachedGate = true;
      await gate.promise;
      seen.push(context.isCancelled());
      return "finished anyway";
    });
    const controller = new AbortController();
    const progress: JobProgress[] = [];
    const engine = createInlineEngine();
    const running = engine.run("intake", intakeRequest([["A"], [1]]), {
      signal: controller.signal,
      onProgress: (step) => progress.push(step),
    });
    while (!reachedGate) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(progress).toEqual([{ fraction: 0.5, stage: "half" }]);
    controller.abort();
    // Rejected while the job is still held at the gate: the cancel does not wait for the job.
    const error = await rejectionOf(running);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "CANCELLED" });
    gate.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([false, true]);
  });

  test("a signal aborted before run rejects with CANCELLED and never starts the job", async () => {
    const job = replaceIntakeJob(async () => "should not run");
    const controller = new AbortController();
    controller.abort();
    const engine = createInlineEngine();
    await expect(
      engine.run("intake", intakeRequest([["A"], [1]]), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "CANCELLED" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(job).not.toHaveBeenCalled();
  });

  test("a job that fails after its cancel does not change the CANCELLED outcome", async () => {
    const gate = deferred();
    let reachedGate = false;
    replaceIntakeJob(async () => {
      reachedGate = true;
      await gate.promise;
      throw new Error("boom after cancel");
    });
    const controller = new AbortController();
    const running = createInlineEngine().run("intake", intakeRequest([["A"], [1]]), {
      signal: controller.signal,
    });
    while (!reachedGate) await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    gate.release();
    await expect(running).rejects.toMatchObject({ code: "CANCELLED" });
  });
});
