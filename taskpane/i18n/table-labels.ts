import type { Locale } from "../../src/i18n/locale";
import { tableText } from "../../src/i18n/messages/table";
import { ROLE_TYPES } from "../../src/table/role-types";
import type { ColumnRole, ColumnType } from "../../src/table/types";
import { qualityRuleName } from "./quality-rule-names";

/**
 * Role and type names as the pane shows them: the core's table catalogue, the words the Intake sheet writes, so
 * the pane and the sheet never disagree (issue 9 found "True/false" here beside the sheet's "TRUE/FALSE").
 */
export function roleOptions(locale: Locale): { value: ColumnRole; label: string }[] {
  return (Object.keys(ROLE_TYPES) as ColumnRole[]).map((role) => ({
    value: role,
    label: tableText(locale, `role.${role}`),
  }));
}

export function typeLabel(locale: Locale, type: ColumnType): string {
  return tableText(locale, `type.${type}`);
}

export function qualityRuleLabel(locale: Locale, rule: string): string {
  return qualityRuleName(locale, rule);
}
