import type { Locale } from "./locale";

/** One feature's strings: the English catalogue defines the keys, the two Chinese ones must have the same keys. */
export type MessageCatalog<Keys extends string> = Readonly<Record<Locale, Readonly<Record<Keys, string>>>>;

/** A translator: `t(locale, "membersHeader", { count: 3 })`; `{name}` placeholders are replaced by the values. */
export type Translator<Keys extends string> = (
  locale: Locale,
  key: Keys,
  values?: Readonly<Record<string, string | number>>,
) => string;

/**
 * Declares a feature's messages once, typed by key, so a missing translation is a type error.
 * Features keep their own catalogue file (src/i18n/messages/<feature>.ts or next to the UI that uses it).
 *
 * @example
 * const t = defineMessages({ en: { hello: "Hello {name}" }, "zh-TW": { hello: "你好 {name}" }, "zh-CN": { hello: "你好 {name}" } });
 * t("zh-TW", "hello", { name: "Amy" }) // "你好 Amy"
 */
export function defineMessages<Keys extends string>(catalog: MessageCatalog<Keys>): Translator<Keys> {
  return (locale, key, values) => {
    const template = catalog[locale][key];
    if (values === undefined) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
