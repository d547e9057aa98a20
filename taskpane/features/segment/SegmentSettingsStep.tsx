import { Field, Input, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { useLocale } from "../../app/locale-context";
import { useStepStyles } from "../../components/styles";
import { segmentText } from "./messages";
import type { SegmentForm } from "./segment-form";

export interface SegmentSettingsStepProps {
  readonly form: SegmentForm;
  readonly invalid: keyof SegmentForm | null;
  readonly disabled: boolean;
  readonly onChange: (form: SegmentForm) => void;
}

/** Step 3 for Segment: what to cluster, the recency split, how many segments to try, the seed. */
export function SegmentSettingsStep({ form, invalid, disabled, onChange }: SegmentSettingsStepProps) {
  const { t, locale } = useLocale();
  const styles = useStepStyles();
  const s = (key: Parameters<typeof segmentText>[1]) => segmentText(locale, key);
  const set = (field: keyof SegmentForm) => (_event: unknown, data: { value: string }) =>
    onChange({ ...form, [field]: data.value });
  const error = (field: keyof SegmentForm) =>
    invalid === field ? { validationMessage: s("badBreakpoints"), validationState: "error" as const } : {};
  return (
    <section className={styles.step} aria-labelledby="segment-settings-heading">
      <Subtitle2 as="h2" id="segment-settings-heading">
        {t("settingsHeading")}
      </Subtitle2>
      <Field label={s("scoringLabel")} hint={s("scoringHint")}>
        <RadioGroup value={form.scoring} disabled={disabled} onChange={set("scoring")}>
          <Radio value="study" label={s("scoringStudy")} />
          <Radio value="quantile" label={s("scoringQuantile")} />
          <Radio value="custom" label={s("scoringCustom")} />
        </RadioGroup>
      </Field>
      {form.scoring === "custom" && (
        <>
          <Field label={s("customSales")} {...error("customSales")}>
            <Input value={form.customSales} disabled={disabled} onChange={set("customSales")} />
          </Field>
          <Field label={s("customOrders")} {...error("customOrders")}>
            <Input value={form.customOrders} disabled={disabled} onChange={set("customOrders")} />
          </Field>
        </>
      )}
      <Field
        label={s("recencyDays")}
        hint={s("recencyHint")}
        {...(invalid === "recencyDays" ? { validationState: "error" } : {})}
      >
        <Input
          type="number"
          min={0}
          value={form.recencyDays}
          disabled={disabled}
          onChange={set("recencyDays")}
        />
      </Field>
      <div className={styles.row}>
        <Field label={s("kMax")} {...(invalid === "kMax" ? { validationState: "error" } : {})}>
          <Input
            type="number"
            min={2}
            max={20}
            value={form.kMax}
            disabled={disabled}
            onChange={set("kMax")}
          />
        </Field>
        <Field
          label={s("seed")}
          hint={s("seedHint")}
          {...(invalid === "seed" ? { validationState: "error" } : {})}
        >
          <Input type="number" min={0} value={form.seed} disabled={disabled} onChange={set("seed")} />
        </Field>
      </div>
    </section>
  );
}
