import { Field, Select, Subtitle2, Text } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../../components/styles";
import type { PromotionTextKey } from "./messages";
import type { ParsedSettings, SettingsField, SettingsForm } from "./settings-form";
import { SettingInput } from "./SettingInput";
import { usePromotionText } from "./usePromotionText";

export interface PromotionSettingsStepProps {
  readonly form: SettingsForm;
  readonly parsed: ParsedSettings;
  readonly disabled: boolean;
  readonly onChange: (
    change: Partial<Record<SettingsField, string>> & { readonly yoyMode?: SettingsForm["yoyMode"] },
  ) => void;
}

const yoyModes: readonly { readonly mode: SettingsForm["yoyMode"]; readonly label: PromotionTextKey }[] = [
  { mode: "auto", label: "yoyAuto" },
  { mode: "years", label: "yoyYears" },
  { mode: "none", label: "yoyNone" },
];

/** Step 3: the years compared, the band edges and the keep / reconsider thresholds, each with a one-line hint. */
export function PromotionSettingsStep({ form, parsed, disabled, onChange }: PromotionSettingsStepProps) {
  const { t } = useLocale();
  const text = usePromotionText();
  const styles = useStepStyles();
  const input = (field: SettingsField, label: PromotionTextKey, hint?: PromotionTextKey) => {
    const problem = parsed.ok ? undefined : parsed.problems[field];
    return (
      <SettingInput
        label={text(label)}
        {...(hint === undefined ? {} : { hint: text(hint) })}
        value={form[field]}
        {...(problem === undefined ? {} : { problem: text(problem) })}
        disabled={disabled}
        onChange={(value) => onChange({ [field]: value })}
      />
    );
  };
  return (
    <section className={styles.step} aria-labelledby="promotion-settings-heading">
      <Subtitle2 as="h2" id="promotion-settings-heading">
        {t("settingsHeading")}
      </Subtitle2>
      <Field label={text("yoyLabel")} hint={text("yoyHint")}>
        <Select
          size="small"
          value={form.yoyMode}
          disabled={disabled}
          onChange={(_event, data) => onChange({ yoyMode: data.value as SettingsForm["yoyMode"] })}
        >
          {yoyModes.map(({ mode, label }) => (
            <option key={mode} value={mode}>
              {text(label)}
            </option>
          ))}
        </Select>
      </Field>
      {form.yoyMode === "years" && (
        <div className={styles.row}>
          {input("currentYear", "currentYear")}
          {input("previousYear", "previousYear")}
        </div>
      )}
      {input("priceEdges", "priceEdgesLabel", "priceEdgesHint")}
      <Text id="promotion-discount-label" weight="semibold">
        {text("discountLabel")}
      </Text>
      <div role="group" aria-labelledby="promotion-discount-label" className={styles.row}>
        {input("discountFrom", "discountFrom")}
        {input("discountTo", "discountTo")}
        {input("discountStep", "discountStep")}
      </div>
      <Text className={styles.hint}>{text("discountHint")}</Text>
      {input("keepConversionPercent", "keepLabel", "keepHint")}
      {input("candidateSellThroughPercent", "candidateLabel", "candidateHint")}
    </section>
  );
}
