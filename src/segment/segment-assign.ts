import { kmeans, type KMeansResult } from "../cluster";
import { CoreError } from "../errors";
import type { Locale } from "../i18n/locale";
import { recentMembers, studySegmentGroups, type StudySegmentGroups } from "../rfm";
import { segmentResultSheets } from "../report/segments";
import { customerTypeText } from "../report/segment-text";
import type { ResultSheet, RunRecord } from "../report/types";
import { featureNames } from "./feature-names";
import { segmentScaleCheck, segmentScaleNotes } from "./scale-check";
import { segmentLabelCounts, type SegmentLabelCount } from "./segment-label-counts";
import { SEGMENT_DEFAULTS, type SegmentSettings } from "./segment-settings";
import type { SegmentSweep } from "./segment-sweep";

/**
 * What the assignment needs from the sweep: the members and features (a {@link SegmentSweep} has them), and,
 * for the Elbow sheet, the swept inertias and knee. A worker that did not keep the sweep can rebuild the
 * members and features (both O(n)) and pass the elbow back as plain data.
 */
export interface SegmentAssignInput {
  readonly members: SegmentSweep["members"];
  readonly features: SegmentSweep["features"];
  readonly sweep?: {
    readonly runs: readonly { readonly k: number; readonly inertia: number }[];
    readonly knee: { readonly x: number } | null;
  };
}

/** One cluster as the pane, the CLI and the JSON show it (cluster numbers 1-based, as written on the sheets). */
export interface ClusterSummary {
  readonly cluster: number;
  readonly size: number;
  /** The customer type of the cluster's larger recency group (localised). */
  readonly label: string;
  readonly avgFrequency: number;
  readonly avgMonetary: number;
  readonly avgRecencyDays: number;
}

export interface SegmentAssignment {
  readonly k: number;
  readonly result: KMeansResult;
  readonly groups: StudySegmentGroups;
  readonly clusters: readonly ClusterSummary[];
  /** Members per customer type over the Segments sheet's rows, largest first (the Members sheet's counts). */
  readonly labelCounts: readonly SegmentLabelCount[];
  readonly sheets: readonly ResultSheet[];
}

/**
 * The second half of the Segment analysis: k-means at the chosen k on the sweep's features (same seed and
 * restarts, so the labels match the sweep's run at that k), the study's cluster × recency table with a
 * customer type per group, and the result sheets (Segments, Members, Elbow).
 *
 * Cost: one k-means run plus O(members) for the tables.
 *
 * @throws CoreError K_OUT_OF_SWEEP when k was not swept, and the codes of kmeans and studySegmentGroups
 * @example
 * import { segmentSweep } from "./segment-sweep";
 * const sweep = segmentSweep({ memberIds: ["a", "b", "c", "d"], orderDates: [44197, 44200, 44210, 44220],
 *   amounts: [200000, 60000, 8000, 100] }, {}, "en");
 * const runRecord = { inputAddress: "A1:C4", rowCount: 3, parameters: {}, engineVersion: "0.1.0", timestampIso: "2026-01-02T03:04:05Z" };
 * assignSegments(sweep, 2, {}, "en", runRecord).clusters.length // 2
 */
export function assignSegments(
  sweep: SegmentAssignInput,
  k: number,
  settings: SegmentSettings,
  locale: Locale,
  runRecord: RunRecord,
): SegmentAssignment {
  const swept = sweep.sweep?.runs.map((run) => run.k) ?? null;
  if (swept !== null && !swept.includes(k)) {
    throw new CoreError(
      "K_OUT_OF_SWEEP",
      `k must be one of the values swept (${swept.join(", ")}); got ${k}`,
    );
  }
  const result = kmeans(sweep.features.matrix, k, {
    seed: settings.seed ?? SEGMENT_DEFAULTS.seed,
    nInit: settings.restarts ?? SEGMENT_DEFAULTS.restarts,
    orderBy: sweep.features.orderBy,
  });
  const scoring = settings.scoring ?? SEGMENT_DEFAULTS.scoring;
  const kMaxAsked = settings.kMax ?? SEGMENT_DEFAULTS.kMax;
  const kMaxSwept = swept === null ? kMaxAsked : Math.max(...swept);
  const scale = segmentScaleCheck(sweep.features, scoring, kMaxAsked);
  const recent = recentMembers(sweep.members, settings.recencySplit ?? SEGMENT_DEFAULTS.recencySplit);
  const groups = studySegmentGroups(sweep.members, result.labels, recent);
  const clusters = summariseClusters(sweep, result, groups, locale);
  const sheets = segmentResultSheets(
    locale,
    {
      members: sweep.members,
      recent,
      recencySplit: settings.recencySplit ?? SEGMENT_DEFAULTS.recencySplit,
      ...(sweep.features.scores ? { scores: sweep.features.scores } : {}),
      ...(sweep.features.levels ? { levels: sweep.features.levels } : {}),
      clusterLabels: result.labels,
      centres: { values: result.centroids, featureNames: featureNames(sweep.features.featureKeys, locale) },
      labels: { scheme: "customerType", codes: groups.memberCodes },
      groups,
      scaleNotes: segmentScaleNotes(scale, scoring, kMaxSwept, locale),
      ...(sweep.sweep
        ? {
            elbow: {
              ks: sweep.sweep.runs.map((run) => run.k),
              inertias: sweep.sweep.runs.map((run) => run.inertia),
              kneeK: sweep.sweep.knee?.x ?? null,
            },
          }
        : {}),
    },
    {
      ...runRecord,
      parameters: { ...runRecord.parameters, k },
      seed: settings.seed ?? SEGMENT_DEFAULTS.seed,
    },
  );
  return { k, result, groups, clusters, labelCounts: segmentLabelCounts(groups.groups), sheets };
}

function summariseClusters(
  sweep: SegmentAssignInput,
  result: KMeansResult,
  groups: StudySegmentGroups,
  locale: Locale,
): ClusterSummary[] {
  const { members } = sweep;
  return Array.from({ length: result.k }, (_unused, cluster) => {
    let size = 0;
    let frequencySum = 0;
    let monetarySum = 0;
    let recencySum = 0;
    result.labels.forEach((label, row) => {
      if (label !== cluster) return;
      size++;
      frequencySum += members.frequency[row] as number;
      monetarySum += members.monetary[row] as number;
      recencySum += members.recencyDays[row] as number;
    });
    const ownGroups = groups.groups.filter((group) => group.cluster === cluster);
    const largest = ownGroups.reduce<(typeof ownGroups)[number] | undefined>(
      (best, group) => (best === undefined || group.memberCount > best.memberCount ? group : best),
      undefined,
    );
    return {
      cluster: cluster + 1,
      size,
      label: largest === undefined ? "" : customerTypeText(locale, largest.type, "label"),
      avgFrequency: size === 0 ? 0 : frequencySum / size,
      avgMonetary: size === 0 ? 0 : monetarySum / size,
      avgRecencyDays: size === 0 ? 0 : recencySum / size,
    };
  });
}
