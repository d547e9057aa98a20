import { useLocale } from "../../app/locale-context";
import { ResultsStep } from "../../components/ResultsStep";
import { promotionSummaryText } from "./summary-text";
import type { PromotionOutcome } from "./usePromotion";

export interface PromotionResultsProps {
  readonly outcome: PromotionOutcome | null;
  readonly onGoToSheet: (name: string) => void;
}

/** Step 5: the summary in words with a link per written sheet (a run that stopped wrote none). */
export function PromotionResults({ outcome, onGoToSheet }: PromotionResultsProps) {
  const { locale } = useLocale();
  if (outcome === null) return null;
  return (
    <ResultsStep
      summary={promotionSummaryText(locale, outcome.summary)}
      sheetNames={outcome.sheetNames}
      onGoToSheet={onGoToSheet}
    />
  );
}
