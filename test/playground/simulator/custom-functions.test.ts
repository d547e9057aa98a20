/**
 * The simulator's custom-function harness (playground/simulator/custom-functions.ts, sources there) on a
 * stand-in function that echoes what it received, and the cancel path of a @cancelable worksheet function:
 * Excel's cancel posts `cancel` to the engine worker and the job stops (the worker is terminated after the
 * grace when the job does not answer).
 */
import { createWorkerEngine } from "../../../engine/worker-engine";
import type { FromWorker, ToWorker } from "../../../engine/protocol";
import { kmeansLabels } from "../../../functions/kmeans";
import { getEngine } from "../../../functions/shared/engine";
import { createFunctionHarness } from "../../../playground/simulator/custom-functions";

const metadata = (allowErrorForDataTypeAny: boolean) => ({
  allowErrorForDataTypeAny,
  functions: [
    {
      id: "ECHO",
      name: "ECHO",
      parameters: [
        { name: "range", type: "any", dimensionality: "matrix" },
        { name: "cell", type: "any" },
        { name: "option", type: "any", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      id: "KMEANS.LABELS",
      name: "KMEANS.LABELS",
      options: { cancelable: true },
      parameters: [
        { name: "data", type: "any", dimensionality: "matrix" },
        { name: "k", type: "any" },
        { name: "seed", type: "any", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
  ],
});
const echo = (...args: unknown[]) => args;

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("the custom-function harness", () => {
  it("passes ranges as 2-D arrays, blanks as null or 0 by the switch, an omitted argument as null", async () => {
    const web = createFunctionHarness({ metadata: metadata(true), implementations: { ECHO: echo } });
    expect(await web.call("ECHO", [[[1, null]], null])).toEqual([[[1, null]], null, null]);
    const desktop = createFunctionHarness({
      metadata: metadata(true),
      implementations: { ECHO: echo },
      blankCells: "zero",
    });
    expect(await desktop.call("ECHO", [[[1, null]], null])).toEqual([[[1, 0]], 0, null]);
    expect(await desktop.call("ECHO", [5, [[7, 8]]])).toEqual([[[5]], 7, null]);
  });

  it("passes an error cell as an error object only with allowErrorForDataTypeAny, else does not call", async () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => (calls.push(args), "called");
    const allowed = createFunctionHarness({ metadata: metadata(true), implementations: { ECHO: record } });
    expect(await allowed.call("ECHO", [[[{ error: "#N/A" }]], 1])).toBe("called");
    const passed = (calls[0]?.[0] as unknown[][])[0]?.[0];
    expect(passed).toBeInstanceOf(CustomFunctions.Error);
    expect((passed as CustomFunctions.Error).code).toBe("#N/A");
    const blocked = createFunctionHarness({ metadata: metadata(false), implementations: { ECHO: record } });
    const invocation = blocked.invoke("ECHO", [[[1]], { error: "#DIV/0!" }]);
    expect(invocation.called).toBe(false);
    expect(((await invocation.result) as CustomFunctions.Error).code).toBe("#DIV/0!");
    expect(calls).toHaveLength(1);
  });
});

describe("a cancelled KMEANS.LABELS", () => {
  class FakeWorker {
    readonly posted: ToWorker[] = [];
    terminated = false;
    onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(message: ToWorker): void {
      this.posted.push(message);
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  it("posts cancel for its job, ends with an error instead of waiting, and the busy worker is stopped", async () => {
    jest.useFakeTimers();
    const worker = new FakeWorker();
    const workerEngine = createWorkerEngine(() => worker as unknown as Worker);
    jest
      .spyOn(getEngine(), "run")
      .mockImplementation((kind, request, options) => workerEngine.run(kind, request, options));
    const harness = createFunctionHarness({
      metadata: metadata(true),
      implementations: { "KMEANS.LABELS": kmeansLabels as (...args: never[]) => unknown },
    });
    const invocation = harness.invoke("KMEANS.LABELS", [[[1], [2], [10], [11]], 2]);
    await jest.advanceTimersByTimeAsync(0);
    const started = worker.posted.find((message) => message.type === "start");
    expect(started?.kind).toBe("kmeansLabels");
    invocation.cancel();
    await jest.advanceTimersByTimeAsync(0);
    expect(worker.posted).toContainEqual({ type: "cancel", jobId: started?.jobId });
    const [[cell]] = (await invocation.result) as unknown[][] as [[CustomFunctions.Error]];
    expect(cell.code).toBe("#VALUE!");
    // The job never answered: after the grace the worker is terminated (engine/worker-engine.ts).
    await jest.advanceTimersByTimeAsync(300);
    expect(worker.terminated).toBe(true);
  });
});
