import { useCallback } from "react";
import { useLocale } from "../../app/locale-context";
import { profileChurnText, type ProfileChurnKey } from "./profile-churn-messages";

/** The Profile and Churn risk translator bound to the pane's language. */
export function useProfileChurnText(): (
  key: ProfileChurnKey,
  values?: Readonly<Record<string, string | number>>,
) => string {
  const { locale } = useLocale();
  return useCallback((key, values) => profileChurnText(locale, key, values), [locale]);
}
