import { Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { discountRateForPeriod } from "../../../src/clv/time-unit";
import { useLocale } from "../../app/locale-context";
import type { ClvSettings, ClvTimeUnit } from "../../../engine/jobs/members/types";
import type { MemberSettingsDraft, ParsedSettings, SettingsProblems } from "./settings";
import { useMembersText } from "./use-members-text";

const UNITS: readonly ClvTimeUnit[] = ["days", "weeks", "months"];

export interface ClvSettingsFieldsProps {
  readonly draft: MemberSettingsDraft;
  readonly problems: SettingsProblems;
  /** The parsed settings, for the statement of horizon, unit and rate; null while a field is invalid. */
  readonly parsed: ParsedSettings | null;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<MemberSettingsDraft>) => void;
}

/** The CLV model; for BG/NBD the horizon, time unit and annual rate (stated in words), for the simple form a CPA. */
export function ClvSettingsFields({ draft, problems, parsed, disabled, onChange }: ClvSettingsFieldsProps) {
  const t = useMembersText();
  const { locale } = useLocale();
  const message = (key: SettingsProblems[keyof SettingsProblems]) => (key === undefined ? undefined : t(key));
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumSignificantDigits: 3 }).format(value);
  const clv = parsed?.clv;
  return (
    <>
      <Field
        label={t("clvModelLabel")}
        hint={t(draft.clvModel === "simple" ? "clvSimpleHint" : "clvBtydHint")}
      >
        <RadioGroup
          value={draft.clvModel}
          disabled={disabled}
          onChange={(_event, data) => onChange({ clvModel: data.value as ClvSettings["model"] })}
        >
          <Radio value="btyd" label={t("clvModel.btyd")} />
          <Radio value="simple" label={t("clvModel.simple")} />
        </RadioGroup>
      </Field>
      {draft.clvModel === "btyd" ? (
        <>
          <Field label={t("horizonLabel")} validationMessage={message(problems.horizon)}>
            <Input
              inputMode="numeric"
              value={draft.horizonPeriods}
              disabled={disabled}
              onChange={(_event, data) => onChange({ horizonPeriods: data.value })}
            />
          </Field>
          <Field label={t("timeUnitLabel")}>
            <Select
              value={draft.timeUnit}
              disabled={disabled}
              onChange={(_event, data) => onChange({ timeUnit: data.value as ClvTimeUnit })}
            >
              {UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`unit.${unit}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("rateLabel")} validationMessage={message(problems.rate)}>
            <Input
              inputMode="decimal"
              value={draft.annualRatePercent}
              disabled={disabled}
              onChange={(_event, data) => onChange({ annualRatePercent: data.value })}
            />
          </Field>
          {clv !== undefined && (
            <Text role="note" data-testid="clv-statement">
              {t("clvStatement", {
                horizon: clv.horizonPeriods,
                unit: t(`unit.${clv.timeUnit}`),
                unitOne: t(`unitOne.${clv.timeUnit}`),
                rate: percent(clv.annualDiscountRate),
                periodRate: percent(discountRateForPeriod(clv.annualDiscountRate, "years", clv.timeUnit)),
              })}
            </Text>
          )}
        </>
      ) : (
        <Field label={t("cpaLabel")} hint={t("cpaHint")} validationMessage={message(problems.cpa)}>
          <Input
            inputMode="decimal"
            value={draft.acquisitionCost}
            disabled={disabled}
            onChange={(_event, data) => onChange({ acquisitionCost: data.value })}
          />
        </Field>
      )}
    </>
  );
}
