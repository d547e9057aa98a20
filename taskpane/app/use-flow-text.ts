import { useCallback } from "react";
import { flowText, type FlowTextKey } from "../i18n/flow-messages";
import { useLocale } from "./locale-context";

/** The flow catalog's translator (i18n/flow-messages.ts) in the pane's current language. */
export function useFlowText() {
  const { locale } = useLocale();
  return useCallback(
    (key: FlowTextKey, values?: Readonly<Record<string, string | number>>) => flowText(locale, key, values),
    [locale],
  );
}
