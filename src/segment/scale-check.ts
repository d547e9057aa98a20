import type { Locale } from "../i18n/locale";
import { segmentScaleMessages } from "../i18n/messages/segment-scale";
import type { SegmentFeatures, SegmentScoring } from "./segment-features";

/** At least this share of members in one level of a feature means the levels do not tell members apart. */
export const ONE_LEVEL_SHARE = 0.8;

/** How well the scores fit the data: the fullest level and the distinct member points against the k asked. */
export interface SegmentScaleCheck {
  /** Largest share of members in one level of one feature, and that feature. */
  readonly topLevelShare: number;
  readonly topLevelFeature: "sales" | "orders" | null;
  /** Distinct rows of the feature matrix: the most segments k-means can make. */
  readonly distinctPoints: number;
  readonly kMaxAsked: number;
  /** The study's levels on data of another scale: one level holds ≥ 80 % or fewer points than k asked. */
  readonly studyMisfit: boolean;
}

/**
 * Checks the features of a segmentation against its data: with the study's fixed levels on data of another scale
 * (a mean spend of 1,600 against levels from 5,000 to 150,000) nearly everyone lands in one level and few
 * distinct points remain, so the sweep has little to separate and its scores are meaningless.
 *
 * Cost: O(members × features) with a hash per row.
 *
 * @example
 * const features = { matrix: { data: Float64Array.of(6, 4, 6, 4, 6, 4, 6, 4, 5, 3), rows: 5, columns: 2 },
 *   featureKeys: ["salesLevel", "orderCountLevel"], orderBy: [] } as const;
 * segmentScaleCheck(features, "study", 10) // { topLevelShare: 0.8, topLevelFeature: "sales", distinctPoints: 2, kMaxAsked: 10, studyMisfit: true }
 */
export function segmentScaleCheck(
  features: Pick<SegmentFeatures, "matrix" | "featureKeys">,
  scoring: SegmentScoring,
  kMaxAsked: number,
): SegmentScaleCheck {
  const { data, rows, columns } = features.matrix;
  const points = new Set<string>();
  let topLevelShare = 0;
  let topLevelFeature: SegmentScaleCheck["topLevelFeature"] = null;
  const counts = Array.from({ length: columns }, () => new Map<number, number>());
  for (let row = 0; row < rows; row++) {
    const values = Array.from(data.subarray(row * columns, row * columns + columns));
    points.add(values.join(","));
    values.forEach((value, column) => counts[column]?.set(value, (counts[column]?.get(value) ?? 0) + 1));
  }
  counts.forEach((levels, column) => {
    const share = rows === 0 ? 0 : Math.max(0, ...levels.values()) / rows;
    const key = features.featureKeys[column];
    if (share > topLevelShare && (key === "salesLevel" || key === "orderCountLevel")) {
      topLevelShare = share;
      topLevelFeature = key === "salesLevel" ? "sales" : "orders";
    }
  });
  const distinctPoints = points.size;
  const studyMisfit = scoring === "study" && (topLevelShare >= ONE_LEVEL_SHARE || distinctPoints < kMaxAsked);
  return { topLevelShare, topLevelFeature, distinctPoints, kMaxAsked, studyMisfit };
}

/**
 * The check in plain words: what "the study" is (with the study's levels), why it does not fit (when it does
 * not), and that the sweep's range shrank (when it stopped below the k asked), with both numbers.
 *
 * @example
 * segmentScaleNotes({ topLevelShare: 0.9, topLevelFeature: "sales", distinctPoints: 8, kMaxAsked: 10, studyMisfit: true }, "study", 8, "en")[2]
 * // "The sweep stops at k = 8 instead of 10: the scores give only 8 different member profiles, so no more segments are possible."
 */
export function segmentScaleNotes(
  check: SegmentScaleCheck,
  scoring: SegmentScoring,
  kMaxSwept: number,
  locale: Locale,
): string[] {
  const text = segmentScaleMessages;
  const notes: string[] = [];
  if (scoring === "study") notes.push(text(locale, "studyIs"));
  if (check.studyMisfit && check.topLevelShare >= ONE_LEVEL_SHARE && check.topLevelFeature !== null) {
    const share = new Intl.NumberFormat(locale, { style: "percent" }).format(check.topLevelShare);
    const feature = text(locale, check.topLevelFeature === "sales" ? "featureSales" : "featureOrders");
    notes.push(text(locale, "studyMisfit", { share, feature }));
  } else if (check.studyMisfit) {
    notes.push(text(locale, "fewPoints", { points: check.distinctPoints, asked: check.kMaxAsked }));
  }
  if (kMaxSwept < check.kMaxAsked)
    notes.push(text(locale, "rangeShrank", { swept: kMaxSwept, asked: check.kMaxAsked }));
  return notes;
}
