import type { JobContext } from "../../engine/jobs/context";
import type { IntakeRequest, IntakeResult } from "../../engine/jobs/intake";
import type { jobs } from "../../engine/jobs/registry";
import type { FromWorker, JobKind, ToWorker } from "../../engine/protocol";

/** The worker's global scope as the module sees it: `self.onmessage` set by the module, `postMessage` recorded. */
interface FakeScope {
  onmessage: ((event: { data: ToWorker }) => void) | null;
  postMessage(message: FromWorker): void;
}

const request: IntakeRequest = {
  grid: {
    values: [
      ["Customer ID", "Sales"],
      ["C1", 1200],
      ["C2", 80],
    ],
  },
  roleChoices: {},
  locale: "en",
  runRecord: {
    inputAddress: "Sheet1!A1:B3",
    rowCount: 2,
    parameters: {},
    engineVersion: "test",
    timestampIso: "2026-01-01T00:00:00.000Z",
  },
};

/**
 * Loads a fresh copy of engine.worker.ts against a fake `self` and returns a way to talk to it. `prepare`
 * gets that copy's job registry (isolated modules have their own), e.g. to replace a job with a spy.
 */
async function loadWorker(prepare: (registry: typeof jobs) => void = () => {}) {
  const posted: FromWorker[] = [];
  const scope: FakeScope = { onmessage: null, postMessage: (message) => posted.push(message) };
  Object.assign(globalThis, { self: scope });
  await jest.isolateModulesAsync(async () => {
    prepare((await import("../../engine/jobs/registry")).jobs);
    await import("../../engine/engine.worker");
  });
  const send = (message: ToWorker) => {
    if (scope.onmessage === null) throw new Error("the worker did not set self.onmessage");
    scope.onmessage({ data: message });
  };
  /** Waits until the worker has posted the final message of a job. */
  const settled = async (jobId: number) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (posted.some((message) => message.jobId === jobId && message.type !== "progress")) return;
      await Promise.resolve();
    }
    throw new Error(`job ${jobId} did not settle`);
  };
  return { posted, send, settled };
}

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
  Reflect.deleteProperty(globalThis, "self");
});

describe("engine.worker message handling", () => {
  test("a start message runs the job: throttled progress, then one result for that job id", async () => {
    // Frozen clock: intakeJob's two progress calls (0.1, 0.9) fall in the same 50 ms window.
    jest.useFakeTimers({ now: 1_000_000 });
    const { posted, send, settled } = await loadWorker();
    send({ type: "start", jobId: 7, kind: "intake", request });
    await settled(7);
    expect(posted.map((message) => message.type)).toEqual(["progress", "result"]);
    expect(posted[0]).toEqual({ type: "progress", jobId: 7, fraction: 0.1, stage: "reading", count: 2 });
    const result = posted[1]?.type === "result" ? (posted[1].result as IntakeResult) : null;
    expect(result?.rowCount).toBe(2);
    // What crosses postMessage must be structured-clone-able.
    expect(structuredClone(result)).toEqual(result);
  });

  test("progress of 1 is always sent, even inside the throttle window", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { posted, send, settled } = await loadWorker((registry) =>
      jest.spyOn(registry, "intake").mockImplementation((_request, context) => {
        context.progress(0.2, "a");
        context.progress(0.4, "b");
        context.progress(1, "done");
        return {} as IntakeResult;
      }),
    );
    send({ type: "start", jobId: 1, kind: "intake", request });
    await settled(1);
    expect(posted.filter((message) => message.type === "progress")).toEqual([
      { type: "progress", jobId: 1, fraction: 0.2, stage: "a" },
      { type: "progress", jobId: 1, fraction: 1, stage: "done" },
    ]);
  });

  test("a failing job answers with an error message keeping the core's code", async () => {
    const { posted, send, settled } = await loadWorker();
    send({ type: "start", jobId: 3, kind: "intake", request: { ...request, grid: { values: [["Sales"]] } } });
    await settled(3);
    const last = posted[posted.length - 1];
    expect(last).toMatchObject({ type: "error", jobId: 3, error: { code: "NO_DATA_ROWS" } });
    send({ type: "start", jobId: 4, kind: "nope" as JobKind, request });
    await settled(4);
    expect(posted[posted.length - 1]).toEqual({
      type: "error",
      jobId: 4,
      error: { code: "INTERNAL", message: "Unknown job kind: nope" },
    });
  });

  test("a cancel message makes isCancelled() true for that job only", async () => {
    const seen = new Map<string, boolean>();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A job held at a gate, then reporting whether it was cancelled (the real jobs are synchronous).
    const heldJob = async (job: IntakeRequest, context: JobContext) => {
      await gate;
      seen.set(job.runRecord.inputAddress, context.isCancelled());
      return {};
    };
    const { send, settled } = await loadWorker((registry) =>
      jest
        .spyOn(registry, "intake")
        .mockImplementation((job, context) => heldJob(job, context) as unknown as IntakeResult),
    );
    const named = (inputAddress: string) => ({
      ...request,
      runRecord: { ...request.runRecord, inputAddress },
    });
    send({ type: "start", jobId: 10, kind: "intake", request: named("ten") });
    send({ type: "start", jobId: 11, kind: "intake", request: named("eleven") });
    send({ type: "cancel", jobId: 10 });
    release();
    await settled(10);
    await settled(11);
    expect(Object.fromEntries(seen)).toEqual({ ten: true, eleven: false });
  });
});
