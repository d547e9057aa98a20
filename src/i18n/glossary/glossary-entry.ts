/**
 * One concept's term in one Chinese locale, and the variants that must not be used for it. A variant is a
 * literal substring, or a regular expression when a plain substring would also match a right word (zh-TW
 * 肘點 is inside the right term 手肘點; zh-CN 类 is inside 品类 and 类型).
 */
export interface GlossaryEntry {
  /** What the term names, in English: "segment (a cluster of members)". */
  readonly concept: string;
  /** The one term used for the concept in this locale. */
  readonly term: string;
  /** Wordings of the same concept that a catalogue must not use. */
  readonly forbidden: readonly (string | RegExp)[];
}

/** A forbidden variant found in a string: the entry's concept and term, and the text that matched. */
export interface GlossaryViolation {
  readonly concept: string;
  readonly term: string;
  readonly found: string;
}

/**
 * The forbidden variants of a glossary that occur in a string.
 *
 * @param text a string of the glossary's locale
 * @param glossary the locale's entries (src/i18n/glossary/zh-TW.ts or zh-CN.ts)
 * @returns one violation per forbidden variant found; empty when the text keeps to the glossary
 * @example
 * const glossary = [{ concept: "elbow point", term: "肘部点", forbidden: ["拐点", /(?<!部)肘点/] }];
 * glossaryViolations("没有明显拐点", glossary).map((found) => found.found) // ["拐点"]
 * glossaryViolations("肘部点在 k = 4", glossary).length // 0
 */
export function glossaryViolations(text: string, glossary: readonly GlossaryEntry[]): GlossaryViolation[] {
  return glossary.flatMap((entry) =>
    entry.forbidden.flatMap((variant) => {
      const found =
        typeof variant === "string" ? (text.includes(variant) ? variant : null) : variant.exec(text)?.[0];
      return found === null || found === undefined
        ? []
        : [{ concept: entry.concept, term: entry.term, found }];
    }),
  );
}
