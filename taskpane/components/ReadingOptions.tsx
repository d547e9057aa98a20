import { Field, Select } from "@fluentui/react-components";
import type { ReadingChoices } from "../../engine/jobs/table-request";
import { useLocale } from "../app/locale-context";
import { readingOptionText } from "../i18n/reading-messages";

export interface ReadingOptionsProps {
  readonly reading: ReadingChoices;
  readonly disabled: boolean;
  readonly onChange: (reading: ReadingChoices) => void;
}

/**
 * How text numbers ("1.234,5" or "1,234.5") and a/b/yyyy dates are read: detected per column unless the
 * user says. The quality report below says what was detected or assumed.
 */
export function ReadingOptions({ reading, disabled, onChange }: ReadingOptionsProps) {
  const { locale } = useLocale();
  const t = (key: Parameters<typeof readingOptionText>[1]) => readingOptionText(locale, key);
  return (
    <div
      style={{ display: "flex", flexDirection: "column", gap: 4, marginTop: 8 }}
      data-testid="reading-options"
    >
      <Field label={t("numberStyle")} size="small">
        <Select
          size="small"
          value={reading.numberStyle ?? ""}
          aria-disabled={disabled || undefined}
          onChange={(_event, data) => {
            if (disabled) return;
            const { numberStyle: _old, ...rest } = reading;
            onChange(
              data.value === "dot" || data.value === "comma" ? { ...rest, numberStyle: data.value } : rest,
            );
          }}
        >
          <option value="">{t("detect")}</option>
          <option value="dot">{t("dot")}</option>
          <option value="comma">{t("comma")}</option>
        </Select>
      </Field>
      <Field label={t("dayOrder")} size="small">
        <Select
          size="small"
          value={reading.dayOrder ?? ""}
          aria-disabled={disabled || undefined}
          onChange={(_event, data) => {
            if (disabled) return;
            const { dayOrder: _old, ...rest } = reading;
            onChange(data.value === "dmy" || data.value === "mdy" ? { ...rest, dayOrder: data.value } : rest);
          }}
        >
          <option value="">{t("detect")}</option>
          <option value="dmy">{t("dmy")}</option>
          <option value="mdy">{t("mdy")}</option>
        </Select>
      </Field>
    </div>
  );
}
