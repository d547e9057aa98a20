import { createContext, useContext } from "react";
import type { Locale } from "../../src/i18n/locale";
import { paneText, type PaneTextKey } from "../i18n/pane-messages";

export interface LocaleValue {
  readonly locale: Locale;
  readonly t: (key: PaneTextKey, values?: Readonly<Record<string, string | number>>) => string;
}

export function localeValue(locale: Locale): LocaleValue {
  return { locale, t: (key, values) => paneText(locale, key, values) };
}

export const LocaleContext = createContext<LocaleValue>(localeValue("en"));

/** The pane's current language and its translator. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
