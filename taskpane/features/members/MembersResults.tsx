import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { ResultsStep } from "../../components/ResultsStep";
import { analysisName } from "./analysis-text";
import { extraClause } from "./extra-summary";
import { failureHint } from "./failure-hint";
import { isExtraAnalysis, type PaneAnalysis } from "./pane-analyses";
import { profileChurnText } from "./profile-churn-messages";
import { membersSummary } from "./summary";
import { useMembersText } from "./use-members-text";
import type { MembersRun } from "./useMembersRun";

export interface MembersResultsProps {
  readonly run: MembersRun;
  readonly onGoToSheet: (name: string) => void;
}

/** Step 5 of a finished run: the summary in words, a link per sheet, and each analysis the data did not allow. */
export function MembersResults({ run, onGoToSheet }: MembersResultsProps) {
  const { locale } = useLocale();
  const t = useMembersText();
  const count = run.written.length;
  const extraClauses = run.extraFacts.map((facts) => extraClause(locale, facts));
  // A known code has its own advice; other failures of profile and churn point at their settings.
  const hint = (analysis: PaneAnalysis, code: string) => {
    const key = failureHint(code);
    return isExtraAnalysis(analysis) && key === "hint.default"
      ? profileChurnText(locale, `hint.${analysis}`)
      : t(key);
  };
  return (
    <ResultsStep
      summary={membersSummary(locale, run.facts, extraClauses)}
      sheetNames={run.written.map((written) => written.sheetName)}
      onGoToSheet={onGoToSheet}
    >
      <Text data-testid="members-written-count">{t("writtenCount", { count })}</Text>
      {run.failures.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="members-failures">
          <MessageBarBody>
            <Text weight="semibold" id="members-failed-heading" block>
              {t("failedHeading")}
            </Text>
            <ul aria-labelledby="members-failed-heading">
              {run.failures.map(({ analysis, error }, index) => (
                <li key={`${analysis}-${index}`} data-analysis={analysis} data-code={error.code}>
                  {t("failedItem", { analysis: analysisName(locale, analysis), message: error.message })}
                  <div>{t("failedHint", { hint: hint(analysis, error.code) })}</div>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </ResultsStep>
  );
}
