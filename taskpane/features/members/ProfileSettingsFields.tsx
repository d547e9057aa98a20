import { Checkbox, Field, Input, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { IntakeColumn } from "../../../src/analysis/intake";
import { useStepStyles } from "../../components/styles";
import { ageBandEdges, type ExtraProblems, type ExtraSettingsDraft } from "./extra-settings";
import { ageKinds, bandsText, profileCandidates } from "./profile-columns";
import { useProfileChurnText } from "./use-profile-churn-text";

export interface ProfileSettingsFieldsProps {
  readonly draft: ExtraSettingsDraft;
  readonly problems: ExtraProblems;
  readonly columns: readonly IntakeColumn[];
  readonly disabled: boolean;
  readonly onChange: (change: Partial<ExtraSettingsDraft>) => void;
}

/** The profile's columns (one sheet each), the optional cross-tab pair, and the age bands when ages are chosen. */
export function ProfileSettingsFields({
  draft,
  problems,
  columns,
  disabled,
  onChange,
}: ProfileSettingsFieldsProps) {
  const t = useProfileChurnText();
  const styles = useStepStyles();
  const candidates = profileCandidates(columns);
  const message = (key: ExtraProblems[keyof ExtraProblems]) => (key === undefined ? undefined : t(key));
  const chosen = [...draft.profileBy, draft.crossRows, draft.crossColumns].filter((name) => name !== "");
  const ages = ageKinds(columns, chosen);
  const edges = ageBandEdges(draft.ageBands);
  const toggle = (name: string, checked: boolean) =>
    onChange({
      profileBy: candidates.filter((each) => (each === name ? checked : draft.profileBy.includes(each))),
    });
  const pairSelect = (key: "crossRows" | "crossColumns", label: string) => (
    <Field label={label}>
      <Select
        value={draft[key]}
        disabled={disabled}
        onChange={(_event, data) => onChange({ [key]: data.value })}
      >
        <option value="">{t("crossNone")}</option>
        {candidates.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section className={styles.step} aria-labelledby="members-profile-heading" data-testid="profile-settings">
      <Subtitle2 as="h3" id="members-profile-heading">
        {t("profileHeading")}
      </Subtitle2>
      <Field label={t("byLabel")} hint={t("byHint")} validationMessage={message(problems.profileBy)}>
        <div role="group" aria-label={t("byLabel")}>
          {candidates.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={draft.profileBy.includes(name)}
              disabled={disabled}
              onChange={(_event, data) => toggle(name, data.checked === true)}
            />
          ))}
        </div>
      </Field>
      <Field label={t("crossLabel")} hint={t("crossHint")} validationMessage={message(problems.cross)}>
        <div className={styles.row}>
          {pairSelect("crossRows", t("crossRows"))}
          {pairSelect("crossColumns", t("crossColumns"))}
        </div>
      </Field>
      {ages.ages && (
        <Field label={t("ageBandsLabel")} validationMessage={message(problems.ageBands)}>
          <Input
            value={draft.ageBands}
            disabled={disabled}
            onChange={(_event, data) => onChange({ ageBands: data.value })}
          />
        </Field>
      )}
      {ages.ages && edges !== null && (
        <Text role="note" data-testid="age-bands-statement">
          {t("ageBandsStatement", { bands: bandsText(edges), first: edges[0] ?? 0 })}
        </Text>
      )}
      {ages.birthdays && (
        <Field label={t("asOfLabel")} hint={t("asOfHint")} validationMessage={message(problems.asOf)}>
          <Input
            value={draft.asOf}
            placeholder="yyyy-mm-dd"
            disabled={disabled}
            onChange={(_event, data) => onChange({ asOf: data.value })}
          />
        </Field>
      )}
    </section>
  );
}
