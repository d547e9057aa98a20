import { Subtitle2 } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../../components/styles";
import { AnalysisChoices } from "./AnalysisChoices";
import { ChurnSettingsFields } from "./ChurnSettingsFields";
import { ClvSettingsFields } from "./ClvSettingsFields";
import { CommonSettings } from "./CommonSettings";
import { ProfileSettingsFields } from "./ProfileSettingsFields";
import type { useMemberSettings } from "./useMemberSettings";

export interface MembersSettingsProps {
  readonly settings: ReturnType<typeof useMemberSettings>;
  readonly disabled: boolean;
}

/** Step 3: which analyses, then only the settings the chosen ones use (Profile and Churn risk last). */
export function MembersSettings({ settings, disabled }: MembersSettingsProps) {
  const { t } = useLocale();
  const styles = useStepStyles();
  const { draft, problems, chosen, change } = settings;
  return (
    <section className={styles.step} aria-labelledby="members-settings-heading">
      <Subtitle2 as="h2" id="members-settings-heading">
        {t("settingsHeading")}
      </Subtitle2>
      <AnalysisChoices
        availability={settings.availability}
        chosen={chosen}
        disabled={disabled}
        onToggle={settings.toggle}
      />
      <CommonSettings
        draft={draft}
        problems={problems}
        showTopShare={chosen.has("pareto")}
        showDiscount={chosen.has("sensitivity") && settings.hasDiscountColumn}
        disabled={disabled}
        onChange={change}
      />
      {chosen.has("clv") && (
        <ClvSettingsFields
          draft={draft}
          problems={problems}
          parsed={settings.settings}
          disabled={disabled}
          onChange={change}
        />
      )}
      {chosen.has("profile") && (
        <ProfileSettingsFields
          draft={settings.extraDraft}
          problems={settings.extraProblems}
          columns={settings.columns}
          disabled={disabled}
          onChange={settings.changeExtra}
        />
      )}
      {chosen.has("churn") && (
        <ChurnSettingsFields
          draft={settings.extraDraft}
          problems={settings.extraProblems}
          disabled={disabled}
          onChange={settings.changeExtra}
        />
      )}
    </section>
  );
}
