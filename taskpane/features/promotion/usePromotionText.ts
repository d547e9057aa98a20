import { useCallback } from "react";
import { useLocale } from "../../app/locale-context";
import { promotionText, type PromotionTextKey } from "./messages";

/** The Promotion tab's translator in the pane's current language. */
export function usePromotionText() {
  const { locale } = useLocale();
  return useCallback(
    (key: PromotionTextKey, values?: Readonly<Record<string, string | number>>) =>
      promotionText(locale, key, values),
    [locale],
  );
}
