import { Checkbox, Text } from "@fluentui/react-components";
import { useStepStyles } from "../../components/styles";
import { MEMBER_ANALYSES, type MemberAnalysis } from "../../../engine/jobs/members/types";
import type { UnavailableReason } from "./availability";
import { useMembersText } from "./use-members-text";

export interface AnalysisChoicesProps {
  readonly availability: Readonly<Record<MemberAnalysis, UnavailableReason | null>>;
  readonly chosen: ReadonlySet<MemberAnalysis>;
  readonly disabled: boolean;
  readonly onToggle: (analysis: MemberAnalysis, checked: boolean) => void;
}

/** One checkbox per analysis with a line on what it does, or why the mapped columns do not allow it. */
export function AnalysisChoices({ availability, chosen, disabled, onToggle }: AnalysisChoicesProps) {
  const t = useMembersText();
  const styles = useStepStyles();
  return (
    <div role="group" aria-labelledby="members-analyses-label">
      <Text id="members-analyses-label" weight="semibold" block>
        {t("analysesLabel")}
      </Text>
      <Text className={styles.hint} size={200} block>
        {t("analysesHint")}
      </Text>
      {MEMBER_ANALYSES.map((analysis) => {
        const reason = availability[analysis];
        const hintId = `members-${analysis}-hint`;
        return (
          <div key={analysis}>
            <Checkbox
              label={t(`analysis.${analysis}`)}
              checked={chosen.has(analysis)}
              disabled={disabled || reason !== null}
              aria-describedby={hintId}
              onChange={(_event, data) => onToggle(analysis, data.checked === true)}
            />
            <Text id={hintId} className={styles.hint} size={200} block data-testid={hintId}>
              {reason === null
                ? t(`explain.${analysis}`)
                : t("unavailable", { reason: t(`reason.${reason}`) })}
            </Text>
          </div>
        );
      })}
    </div>
  );
}
