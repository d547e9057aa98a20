/** One render of the playground's workbook grid: when it started and how long render plus commit took (ms). */
export interface GridRender {
  readonly startMs: number;
  readonly ms: number;
}

/** The most recent renders kept: enough for one benchmark flow. */
const keptRenders = 1000;

/**
 * The playground's own grid renders, on the page's thread where a real Excel paints its grid in its own process:
 * the pane benchmark (issue 14) subtracts them, as it does the simulated Excel's requests, to tell the task pane's
 * own main-thread work from the playground's. Style and layout after the commit are not included.
 */
export const gridRenders: GridRender[] = [];

export function logGridRender(startMs: number): void {
  gridRenders.push({ startMs, ms: performance.now() - startMs });
  if (gridRenders.length > keptRenders) gridRenders.splice(0, gridRenders.length - keptRenders);
}
