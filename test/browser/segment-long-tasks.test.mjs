import { test } from "node:test";
import assert from "node:assert/strict";
import { measureSegmentFlow } from "./segment-long-tasks.mjs";

// Issue 14's responsiveness figure at a small size: the flow runs to its end and the long-task observer reports
// per phase. The figures are printed, never asserted (timing depends on the machine); the bench runs 200,000 lines.
test("Segment on 5,000 pasted order lines: the flow completes and the long-task observer reports each phase", async () => {
  const measured = await measureSegmentFlow({ rows: 5000, timeoutMs: 120_000 });
  assert.match(measured.recommendation, /Recommended number of segments: \d+/);
  assert.match(measured.summary, /^\d+ clusters over \d+ members/);
  assert.deepEqual(
    measured.phases.map((phase) => phase.name),
    ["Use current selection", "Find segments → elbow", "Write three sheets"],
  );
  for (const phase of measured.phases) {
    assert.ok(phase.ms > 0, `${phase.name} took some time`);
    assert.ok(Number.isFinite(phase.longestTaskMs) && phase.longestTaskMs >= 0, phase.name);
    console.log(
      `${phase.name}: ${phase.ms.toFixed(0)} ms, longest task ${phase.longestTaskMs.toFixed(0)} ms, ` +
        `${phase.longTasks} task(s) > 50 ms`,
    );
  }
  assert.ok(measured.longTaskSupported, "Chromium reports long tasks");
  assert.deepEqual(measured.pageErrors, []);
});
