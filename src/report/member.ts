/**
 * Result sheets of the member-behaviour analyses (purchase cycle, sensitivity, timing, channel mix, cohorts,
 * Pareto). Each builder turns a src/member result into a localised ResultSheet; the task pane and the
 * command line only write it.
 *
 * Formatting the port must add by table id (report/types.ts has no such hint yet): a colour scale on the
 * hour cells of "member.timing.heat" and on the month cells of "member.cohort.retention".
 */
export { cycleSheet } from "./member-cycle";
export { sensitivitySheet, sensitivityTagLabel } from "./member-sensitivity";
export { timingSheet, TIMING_HEAT_TABLE_ID } from "./member-timing";
export { dayPartLabel } from "./member-day-parts";
export { channelSheet } from "./member-channel";
export { cohortSheet, COHORT_COUNTS_TABLE_ID, COHORT_RETENTION_TABLE_ID } from "./member-cohorts";
export { paretoSheet } from "./member-pareto";
export { MEMBER_FORMATS, percentText } from "./member-format";
