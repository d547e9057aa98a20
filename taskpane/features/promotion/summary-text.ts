import type { Locale } from "../../../src/i18n/locale";
import type { PromotionSummary } from "../../../engine/jobs/promotion";
import { promotionText } from "./messages";

/**
 * The run in a few sentences: GMV, lines and the keep / reconsider / clear counts, then the year-over-year
 * change (or why there is none) and what the checks found.
 *
 * @example promotionSummaryText("en", summary)
 * // "GMV 600 from 3 lines in 2023. Products to keep: 1; to reconsider: 0; to clear: 1. GMV vs 2022: +100%."
 */
export function promotionSummaryText(locale: Locale, summary: PromotionSummary): string {
  const t = (key: Parameters<typeof promotionText>[1], values?: Readonly<Record<string, string | number>>) =>
    promotionText(locale, key, values);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const { years, decisions } = summary;
  const sentences = [
    t("summaryMain", {
      gmv: summary.gmv === null ? "—" : count.format(summary.gmv),
      lines: count.format(summary.analysedLineCount),
      period: years.kind === "compare" ? t("summaryPeriod", { year: years.currentYear }) : "",
      keep: count.format(decisions.keep),
      candidate: count.format(decisions.candidate),
      clear: count.format(decisions.clear),
    }),
  ];
  if (decisions.undecided > 0)
    sentences.push(t("summaryUndecided", { count: count.format(decisions.undecided) }));
  if (years.kind === "compare") {
    const year = years.previousYear;
    sentences.push(
      summary.gmvChangeRatio === null
        ? t("summaryYoyNoBase", { year })
        : t("summaryYoy", { year, change: percent.format(summary.gmvChangeRatio) }),
    );
    if (summary.partialPeriodWarningCount > 0) sentences.push(t("summaryPartial"));
  } else if (years.reason !== "switchedOff") {
    sentences.push(t(`summarySkip.${years.reason}`));
  }
  if (summary.qualityLineCount > 0) sentences.push(t("summaryQuality", { count: summary.qualityLineCount }));
  // Chinese sentences end in "。" and need no space between them.
  return sentences.join(locale === "en" ? " " : "");
}
