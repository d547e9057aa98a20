/** Types of segment-long-tasks.mjs, for the pane benchmark (bench/pane/segment-long-tasks.bench.ts). */
export declare const LONG_TASK_MS: number;

export interface PhaseFigures {
  readonly name: string;
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The longest task without the simulated Excel's own work in it: the pane's (and the playground's) share. */
  readonly longestPaneMs: number;
  readonly paneLongTasks: number;
  /** The simulated Excel's time on the page's thread in this phase. */
  readonly hostMs: number;
}

export declare function measureSegmentFlow(options: {
  rows: number;
  keepValues?: boolean;
  timeoutMs?: number;
}): Promise<{
  phases: PhaseFigures[];
  longTaskSupported: boolean;
  values: unknown[][];
  recommendation: string;
  summary: string;
  pageErrors: string[];
}>;
