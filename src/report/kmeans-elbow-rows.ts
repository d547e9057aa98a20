import { sweepRecommendation, type ElbowSweepResult } from "../cluster";
import type { Locale } from "../i18n/locale";
import { clusterMessages } from "../i18n/messages/cluster";
import { kmeansFunctionText } from "./kmeans-elbow-text";

/**
 * The cells of =KMEANS.ELBOW: a header row, one row per k of the sweep (inertia, its drop, silhouette,
 * Calinski-Harabasz, Davies-Bouldin, the Kneedle elbow marked), then the recommended k. Plain values only, so
 * the table can be built in the engine worker and cross postMessage. Cost O(k_max).
 *
 * @example
 * import { elbowSweep } from "../cluster";
 * elbowRows(elbowSweep({ data: Float64Array.of(0, 1, 10, 11), rows: 4, columns: 1 }, { kMax: 3 }), "en")[0]?.[0] // "Segments (k)"
 */
export function elbowRows(sweep: ElbowSweepResult, locale: Locale): unknown[][] {
  const t = (key: Parameters<typeof clusterMessages>[1]): string => clusterMessages(locale, key);
  const header = [
    t("kHeader"),
    t("inertiaHeader"),
    t("inertiaDropHeader"),
    t("silhouetteHeader"),
    t("calinskiHarabaszHeader"),
    t("daviesBouldinHeader"),
    t("kneeHeader"),
  ];
  const kneeK = sweep.knee?.x ?? null;
  const runRows = sweep.runs.map((run) => [
    run.k,
    run.inertia,
    run.inertiaDrop ?? "",
    run.silhouette ?? "",
    run.calinskiHarabasz ?? "",
    run.daviesBouldin ?? "",
    run.k === kneeK ? t("kneeMarker") : "",
  ]);
  return [header, ...runRows, recommendationRow(sweep, locale)];
}

/** The last row: "Recommended k", the k, and (under the elbow column) the summary and any disagreement. */
function recommendationRow(sweep: ElbowSweepResult, locale: Locale): unknown[] {
  const label = kmeansFunctionText(locale, "recommendedK");
  const recommendation = sweepRecommendation(sweep, locale);
  if (recommendation === null)
    return [label, "", "", "", "", "", kmeansFunctionText(locale, "noRecommendation")];
  const { text } = recommendation;
  const note =
    text.warning === null ? text.summary : `${text.summary}${locale === "en" ? " " : ""}${text.warning}`;
  return [label, recommendation.votes.recommendedK, "", "", "", "", note];
}
