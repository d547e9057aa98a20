import { Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useStepStyles } from "../../components/styles";
import type { ExtraField, ExtraProblems, ExtraSettingsDraft } from "./extra-settings";
import type { ProfileChurnKey } from "./profile-churn-messages";
import { useProfileChurnText } from "./use-profile-churn-text";

export interface ChurnSettingsFieldsProps {
  readonly draft: ExtraSettingsDraft;
  readonly problems: ExtraProblems;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<ExtraSettingsDraft>) => void;
}

type ChurnDraftKey = "horizonDays" | "calibrationEnd" | "holdoutPercent" | "seed" | "threshold";

/** Each field: the draft key, its problem key, label, hint, input mode and placeholder. */
const FIELDS: readonly {
  readonly key: ChurnDraftKey;
  readonly problem: ExtraField;
  readonly label: ProfileChurnKey;
  readonly hint: ProfileChurnKey | null;
  readonly inputMode: "numeric" | "decimal" | "text";
}[] = [
  {
    key: "horizonDays",
    problem: "horizonDays",
    label: "horizonDaysLabel",
    hint: "horizonDaysHint",
    inputMode: "numeric",
  },
  {
    key: "calibrationEnd",
    problem: "calibrationEnd",
    label: "calibrationLabel",
    hint: "calibrationHint",
    inputMode: "text",
  },
  {
    key: "holdoutPercent",
    problem: "holdout",
    label: "holdoutLabel",
    hint: "holdoutHint",
    inputMode: "decimal",
  },
  { key: "seed", problem: "seed", label: "seedLabel", hint: "seedHint", inputMode: "numeric" },
  {
    key: "threshold",
    problem: "threshold",
    label: "thresholdLabel",
    hint: "thresholdHint",
    inputMode: "decimal",
  },
];

/** Churn risk: horizon, calibration date, held-out share, seed and threshold (the core's defaults filled in). */
export function ChurnSettingsFields({ draft, problems, disabled, onChange }: ChurnSettingsFieldsProps) {
  const t = useProfileChurnText();
  const styles = useStepStyles();
  return (
    <section className={styles.step} aria-labelledby="members-churn-heading" data-testid="churn-settings">
      <Subtitle2 as="h3" id="members-churn-heading">
        {t("churnHeading")}
      </Subtitle2>
      {FIELDS.map(({ key, problem, label, hint, inputMode }) => {
        const wrong = problems[problem];
        return (
          <Field
            key={key}
            label={t(label)}
            hint={hint === null ? undefined : t(hint)}
            validationMessage={wrong === undefined ? undefined : t(wrong)}
          >
            <Input
              inputMode={inputMode}
              value={draft[key]}
              placeholder={key === "calibrationEnd" ? "yyyy-mm-dd" : undefined}
              disabled={disabled}
              onChange={(_event, data) => onChange({ [key]: data.value })}
            />
          </Field>
        );
      })}
    </section>
  );
}
