import { gridRenders, logGridRender } from "../../playground/grid-render-log";

describe("logGridRender", () => {
  beforeEach(() => gridRenders.splice(0));

  test("logs when a render started and a non-negative duration up to now", () => {
    const startMs = performance.now();
    logGridRender(startMs);
    expect(gridRenders).toHaveLength(1);
    expect(gridRenders[0]?.startMs).toBe(startMs);
    expect(gridRenders[0]?.ms).toBeGreaterThanOrEqual(0);
  });

  test("keeps the latest 1,000 renders", () => {
    for (let index = 0; index < 1005; index++) logGridRender(index);
    expect(gridRenders).toHaveLength(1000);
    expect(gridRenders[0]?.startMs).toBe(5);
    expect(gridRenders.at(-1)?.startMs).toBe(1004);
  });
});
