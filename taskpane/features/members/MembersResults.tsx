import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { ResultsStep } from "../../components/ResultsStep";
import { failureHint } from "./failure-hint";
import { membersSummary } from "./summary";
import { useMembersText } from "./use-members-text";
import type { MembersRun } from "./useMembersRun";
import { errorMessage } from "../../components/error-hint";

export interface MembersResultsProps {
  readonly run: MembersRun;
  readonly onGoToSheet: (name: string) => void;
}

/** Step 5 of a finished run: the summary in words, a link per sheet, and each analysis the data did not allow. */
export function MembersResults({ run, onGoToSheet }: MembersResultsProps) {
  const { locale } = useLocale();
  const t = useMembersText();
  const count = run.written.length;
  return (
    <ResultsStep
      summary={membersSummary(locale, run.facts)}
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
              {run.failures.map(({ analysis, error }) => (
                <li key={analysis} data-analysis={analysis} data-code={error.code}>
                  {t("failedItem", {
                    analysis: t(`analysis.${analysis}`),
                    message: errorMessage(error, locale),
                  })}
                  <div>{t("failedHint", { hint: t(failureHint(error.code)) })}</div>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </ResultsStep>
  );
}
