import { useCallback } from "react";
import { useLocale } from "../../app/locale-context";
import { membersText, type MembersTextKey } from "./messages";

/** The Members tab's translator bound to the pane's language. */
export function useMembersText(): (
  key: MembersTextKey,
  values?: Readonly<Record<string, string | number>>,
) => string {
  const { locale } = useLocale();
  return useCallback((key, values) => membersText(locale, key, values), [locale]);
}
