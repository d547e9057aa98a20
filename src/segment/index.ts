// The Segment analysis end to end (R/F/M → features → elbow sweep → k-means at the chosen k → sheets), shared by
// the task pane's worker job and the command line's `segment` command.
export {
  segmentFeatures,
  type CustomBreakpoints,
  type SegmentFeatureKey,
  type SegmentFeatures,
  type SegmentScoring,
} from "./segment-features";
export { SEGMENT_DEFAULTS, type SegmentSettings } from "./segment-settings";
export {
  segmentSweep,
  segmentSweepSteps,
  segmentMemberSweepSteps,
  type SegmentSweep,
  type SegmentSweepProgress,
} from "./segment-sweep";
export {
  assignSegments,
  type ClusterSummary,
  type SegmentAssignInput,
  type SegmentAssignment,
} from "./segment-assign";
export { featureNames } from "./feature-names";
