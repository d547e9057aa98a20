/** `scheduler.yield()` where the browser has it (Chromium 129+): the continuation runs ahead of other tasks. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and continues in a later one, so the browser can paint and handle input in between: the
 * way a long piece of main-thread work stays under the 50 ms that makes a task "long" (w3c.github.io/longtasks;
 * web.dev/articles/optimize-long-tasks, "yield to the main thread"). A resolved promise is not enough: its
 * continuation is a microtask of the same task. `scheduler.yield()` where present, else `setTimeout(0)` (clamped to
 * about 4 ms after five nested calls, HTML's timer rules: a cost of a few ms per yield, not per row).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
