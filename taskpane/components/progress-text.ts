import type { Locale } from "../../src/i18n/locale";
import type { JobProgress } from "../../engine/protocol";
import { flowText } from "../i18n/flow-messages";

/**
 * The progress line in words (issue 12, item 10): the step the run is in and how far it is, e.g. "Reading
 * 200,000 rows… 40 %" or "Clustering: k = 6 of 10… 55 %", never a bare "Running…". The engine's stage keys
 * shared by several jobs are worded here; a feature's own stages arrive already worded and are shown as they are.
 *
 * @example progressText("en", { fraction: 0.4, stage: "reading", count: 200000 }) // "Reading 200,000 rows… 40 %"
 */
export function progressText(locale: Locale, progress: JobProgress | null): string {
  if (progress === null) return flowText(locale, "progressStarting");
  const text = stageText(locale, progress);
  const percent = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  return flowText(locale, "progressLine", { text, percent });
}

function stageText(locale: Locale, { stage, count, total }: JobProgress): string {
  const number = (value: number) => value.toLocaleString(locale);
  switch (stage) {
    case "reading":
      return count === undefined
        ? flowText(locale, "progressStarting")
        : flowText(locale, "progressReading", { rows: number(count) });
    case "rfm":
      return flowText(locale, "progressRfm");
    case "k":
      return flowText(locale, "progressK", { k: count ?? "", kMax: total ?? "" });
    case "clusters":
      return flowText(locale, "progressClusters", { k: count ?? "" });
    case "quality":
      return flowText(locale, "progressQuality");
    case "sheets":
      return flowText(locale, "progressSheets");
    case "writing":
    case "":
      return flowText(locale, "progressWriting");
    default:
      return stage;
  }
}
