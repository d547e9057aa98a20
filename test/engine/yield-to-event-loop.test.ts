import { yieldToEventLoop } from "../../engine/yield-to-event-loop";

describe("yieldToEventLoop", () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  test("without scheduler.yield it continues after a task queued before it (a timer), not as a microtask", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("earlier task"), 0);
    const yielded = yieldToEventLoop().then(() => order.push("after the yield"));
    await Promise.resolve();
    order.push("microtask");
    await yielded;
    expect(order).toEqual(["microtask", "earlier task", "after the yield"]);
  });

  test("uses scheduler.yield where the host has it", async () => {
    const calls: string[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        calls.push("scheduler.yield");
        return Promise.resolve();
      },
    };
    await yieldToEventLoop();
    expect(calls).toEqual(["scheduler.yield"]);
  });
});
