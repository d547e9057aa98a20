import { Link, Text } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { ResultsStep } from "../../components/ResultsStep";
import { promotionSummaryText } from "./summary-text";
import type { PromotionOutcome } from "./usePromotion";
import { usePromotionText } from "./usePromotionText";

export interface PromotionResultsProps {
  readonly outcome: PromotionOutcome | null;
  /** Sheets written before a failure or a cancel (they stay in the workbook). */
  readonly partialSheets: readonly string[];
  readonly onGoToSheet: (name: string) => void;
}

/** Step 5: the summary in words with a link per written sheet; after a failed run, what was written anyway. */
export function PromotionResults({ outcome, partialSheets, onGoToSheet }: PromotionResultsProps) {
  const { locale, t } = useLocale();
  const text = usePromotionText();
  if (outcome !== null) {
    return (
      <ResultsStep
        summary={promotionSummaryText(locale, outcome.summary)}
        sheetNames={outcome.sheetNames}
        onGoToSheet={onGoToSheet}
      />
    );
  }
  if (partialSheets.length === 0) return null;
  return (
    <div data-testid="promotion-partial">
      <Text>{text("partialWritten")}</Text>
      <ul>
        {partialSheets.map((name) => (
          <li key={name}>
            <Link as="button" onClick={() => onGoToSheet(name)}>
              {t("goToSheet", { name })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
