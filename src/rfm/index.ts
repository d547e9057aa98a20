/** Member segmentation core: R/F/M from orders, threshold levels, quantile scores and segment labels. */
export { thresholdLevel, type LevelOrder } from "./level";
export type { AsOfSource, FrequencyBasis, MemberIdCell, MemberRfm, SkippedRowCounts } from "./member-rfm";
export { rfmFromOrders, type OrderLineColumns, type RfmFromOrdersOptions } from "./rfm-from-orders";
export {
  rfmFromMemberTable,
  type MemberTableColumns,
  type RfmFromMemberTableOptions,
} from "./rfm-from-member-table";
export {
  rfmFromMemberDates,
  type MemberDateColumns,
  type RfmFromMemberDatesOptions,
} from "./rfm-from-member-dates";
export {
  STUDY_ORDER_COUNT_BREAKPOINTS,
  STUDY_SALES_BREAKPOINTS,
  studyLevels,
  thresholdLevels,
  type StudyLevels,
} from "./threshold-levels";
export { quantilesType7, quantileType7Sorted } from "./quantile";
export {
  quantileScores,
  scoresFromEdges,
  type QuantileEdgeRule,
  type QuantileScoreOptions,
  type QuantileScores,
} from "./quantile-scores";
export { rfmQuantileScores, type RfmQuantileScoreOptions, type RfmQuantileScores } from "./rfm-scores";
export { recentMembers, type RecencySplit } from "./recency-split";
export {
  CUSTOMER_TYPES,
  customerTypeOf,
  customerTypes,
  type CustomerType,
  type CustomerTypeAssignment,
} from "./customer-type";
export { studySegmentGroups, type SegmentGroup, type StudySegmentGroups } from "./segment-groups";
export {
  RFM_PACKAGE_SEGMENT_RULES,
  RFM_SEGMENTS,
  rfmSegmentOf,
  rfmSegments,
  type RfmSegment,
  type RfmSegmentRule,
} from "./rfm-segment";
