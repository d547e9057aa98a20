import type { RecencySplit } from "../rfm";
import type { CustomBreakpoints, SegmentScoring } from "./segment-features";

/** Everything a segmentation run is decided by; the pane, the CLI and the run record share it. */
export interface SegmentSettings {
  /** As-of date (Excel serial). @default the day after the latest order */
  readonly asOfSerial?: number;
  /** @default "study" */
  readonly scoring?: SegmentScoring;
  readonly customBreakpoints?: CustomBreakpoints;
  /** Recent vs not recent, for the study's cluster × recency table. @default 180 days */
  readonly recencySplit?: RecencySplit;
  /** @default 1 */
  readonly kMin?: number;
  /** @default 10 */
  readonly kMax?: number;
  /** @default 0 */
  readonly seed?: number;
  /** k-means restarts per k. @default 10 */
  readonly restarts?: number;
}

export const SEGMENT_DEFAULTS = {
  scoring: "study",
  recencySplit: { kind: "maxRecencyDays", maxRecencyDays: 180 },
  kMin: 1,
  kMax: 10,
  seed: 0,
  restarts: 10,
} as const satisfies SegmentSettings;
