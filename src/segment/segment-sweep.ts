import { describeRecommendation, elbowSweepSteps, recommendK } from "../cluster";
import type { ElbowSweepResult, KRecommendation, RecommendationText } from "../cluster";
import type { Locale } from "../i18n/locale";
import { rfmFromOrders, type MemberRfm, type OrderLineColumns } from "../rfm";
import { segmentScaleCheck, segmentScaleNotes, type SegmentScaleCheck } from "./scale-check";
import { segmentFeatures, type SegmentFeatures } from "./segment-features";
import { SEGMENT_DEFAULTS, type SegmentSettings } from "./segment-settings";

export interface SegmentSweep {
  readonly members: MemberRfm;
  readonly features: SegmentFeatures;
  readonly sweep: ElbowSweepResult;
  readonly recommendation: KRecommendation;
  readonly recommendationText: RecommendationText;
  /** The scores against the data's scale, and in words (what the study is, a misfit, a shrunk range). */
  readonly scale: SegmentScaleCheck;
  readonly scaleNotes: readonly string[];
}

/** Progress of the sweep: 0..1 and the k being clustered. */
export interface SegmentSweepProgress {
  readonly fraction: number;
  readonly k: number;
}

/**
 * The first half of the Segment analysis: R/F/M per member from order lines, the features chosen by the
 * scoring, and the elbow sweep over k with the Kneedle knee, silhouette, Calinski-Harabasz and Davies-Bouldin,
 * and a recommended k in words. A generator, so a worker can report progress and stop between steps.
 *
 * Cost: R/F/M O(lines); the sweep as src/cluster's elbowSweep (identical member rows are clustered once).
 *
 * @throws CoreError from rfmFromOrders, segmentFeatures, elbowSweep and recommendK
 * @example
 * const steps = segmentSweepSteps({ memberIds: ["a", "b", "c", "d"], orderDates: [44197, 44200, 44210, 44220],
 *   amounts: [200000, 60000, 8000, 100] }, {}, "en");
 * steps.next().value // { fraction: 0.05, k: 0 }
 */
export function* segmentSweepSteps(
  lines: OrderLineColumns,
  settings: SegmentSettings,
  locale: Locale,
): Generator<SegmentSweepProgress, SegmentSweep, void> {
  const members = rfmFromOrders(
    lines,
    settings.asOfSerial === undefined ? {} : { asOfSerial: settings.asOfSerial },
  );
  return yield* segmentMemberSweepSteps(members, settings, locale);
}

/**
 * {@link segmentSweepSteps} from R/F/M already computed (a per-member table, rfmFromMemberTable or
 * rfmFromMemberDates): the features and the elbow sweep.
 *
 * Cost: as segmentSweepSteps without the R/F/M pass.
 *
 * @throws CoreError from segmentFeatures, elbowSweep and recommendK
 * @example
 * import { rfmFromMemberTable } from "../rfm/rfm-from-member-table";
 * const members = rfmFromMemberTable({ memberIds: ["a", "b", "c"], recencyDays: [1, 30, 90], frequency: [8, 2, 1], monetary: [200000, 8000, 100] });
 * segmentMemberSweepSteps(members, {}, "en").next().value // { fraction: 0.05, k: 0 }
 */
export function* segmentMemberSweepSteps(
  members: MemberRfm,
  settings: SegmentSettings,
  locale: Locale,
): Generator<SegmentSweepProgress, SegmentSweep, void> {
  yield { fraction: 0.05, k: 0 };
  const features = segmentFeatures(
    members,
    settings.scoring ?? SEGMENT_DEFAULTS.scoring,
    settings.customBreakpoints,
  );
  const steps = elbowSweepSteps(features.matrix, {
    kMin: settings.kMin ?? SEGMENT_DEFAULTS.kMin,
    kMax: settings.kMax ?? SEGMENT_DEFAULTS.kMax,
    seed: settings.seed ?? SEGMENT_DEFAULTS.seed,
    nInit: settings.restarts ?? SEGMENT_DEFAULTS.restarts,
    orderBy: features.orderBy,
  });
  let step = steps.next();
  while (step.done !== true) {
    yield {
      fraction: 0.05 + 0.9 * step.value.sweepFractionDone,
      k: step.value.kIndex + (settings.kMin ?? 1),
    };
    step = steps.next();
  }
  const sweep = step.value;
  const recommendation = recommendK(sweep);
  const scoring = settings.scoring ?? SEGMENT_DEFAULTS.scoring;
  const scale = segmentScaleCheck(features, scoring, settings.kMax ?? SEGMENT_DEFAULTS.kMax);
  return {
    members,
    features,
    sweep,
    recommendation,
    recommendationText: describeRecommendation(recommendation, locale),
    scale,
    scaleNotes: segmentScaleNotes(scale, scoring, sweep.kMax, locale),
  };
}

/** {@link segmentSweepSteps} run to the end, for callers without a progress bar (the command line). */
export function segmentSweep(
  lines: OrderLineColumns,
  settings: SegmentSettings,
  locale: Locale,
): SegmentSweep {
  const steps = segmentSweepSteps(lines, settings, locale);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}
