import { Checkbox, Text } from "@fluentui/react-components";
import { useStepStyles } from "../../components/styles";
import { useLocale } from "../../app/locale-context";
import { analysisExplanation, analysisName } from "./analysis-text";
import type { UnavailableReason } from "./availability";
import { PANE_ANALYSES, type PaneAnalysis } from "./pane-analyses";
import { useMembersText } from "./use-members-text";

export interface AnalysisChoicesProps {
  readonly availability: Readonly<Record<PaneAnalysis, UnavailableReason | null>>;
  readonly chosen: ReadonlySet<PaneAnalysis>;
  readonly disabled: boolean;
  readonly onToggle: (analysis: PaneAnalysis, checked: boolean) => void;
}

/** One checkbox per analysis with a line on what it does, or why the mapped columns do not allow it. */
export function AnalysisChoices({ availability, chosen, disabled, onToggle }: AnalysisChoicesProps) {
  const t = useMembersText();
  const { locale } = useLocale();
  const styles = useStepStyles();
  return (
    <div role="group" aria-labelledby="members-analyses-label">
      <Text id="members-analyses-label" weight="semibold" block>
        {t("analysesLabel")}
      </Text>
      <Text className={styles.hint} size={200} block>
        {t("analysesHint")}
      </Text>
      {PANE_ANALYSES.map((analysis) => {
        const reason = availability[analysis];
        const hintId = `members-${analysis}-hint`;
        return (
          <div key={analysis}>
            <Checkbox
              label={analysisName(locale, analysis)}
              checked={chosen.has(analysis)}
              disabled={disabled || reason !== null}
              aria-describedby={hintId}
              onChange={(_event, data) => onToggle(analysis, data.checked === true)}
            />
            <Text id={hintId} className={styles.hint} size={200} block data-testid={hintId}>
              {reason === null
                ? analysisExplanation(locale, analysis)
                : t("unavailable", { reason: t(`reason.${reason}`) })}
            </Text>
          </div>
        );
      })}
    </div>
  );
}
