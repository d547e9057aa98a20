import { Field, Input, Select } from "@fluentui/react-components";
import type { DiscountConvention } from "../../../src/member/promotion-flags";
import type { MemberSettingsDraft, SettingsProblems } from "./settings";
import { useMembersText } from "./use-members-text";

const CONVENTIONS: readonly DiscountConvention[] = ["paidRatio", "offRatio", "amount"];

export interface CommonSettingsProps {
  readonly draft: MemberSettingsDraft;
  readonly problems: SettingsProblems;
  readonly showTopShare: boolean;
  readonly showDiscount: boolean;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<MemberSettingsDraft>) => void;
}

/** The Pareto top share and, with a discount column, what that column holds. */
export function CommonSettings({
  draft,
  problems,
  showTopShare,
  showDiscount,
  disabled,
  onChange,
}: CommonSettingsProps) {
  const t = useMembersText();
  return (
    <>
      {showTopShare && (
        <Field
          label={t("topShareLabel")}
          hint={t("topShareHint")}
          validationMessage={problems.topShare === undefined ? undefined : t(problems.topShare)}
        >
          <Input
            inputMode="decimal"
            value={draft.topSharePercent}
            disabled={disabled}
            onChange={(_event, data) => onChange({ topSharePercent: data.value })}
          />
        </Field>
      )}
      {showDiscount && (
        <Field label={t("discountLabel")} hint={t("discountHint")}>
          <Select
            value={draft.discountConvention}
            disabled={disabled}
            onChange={(_event, data) => onChange({ discountConvention: data.value as DiscountConvention })}
          >
            {CONVENTIONS.map((convention) => (
              <option key={convention} value={convention}>
                {t(`discount.${convention}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
