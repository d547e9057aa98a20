/** Han characters and CJK punctuation: a title holding any is written with the full-width colon. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * A title as the heading line of the text output: "Data quality:" in English, "資料品質：" when the title is
 * Chinese (full-width punctuation in Chinese text, as the catalogs write it).
 *
 * @example textHeading("Data quality") // "Data quality:"
 * @example textHeading("資料品質") // "資料品質："
 */
export function textHeading(title: string): string {
  return CJK.test(title) ? `${title}：` : `${title}:`;
}

/**
 * "label: value" in the text output, with the full-width colon (and no space) when the label is Chinese.
 *
 * @example textPair("Blank ID", 1) // "Blank ID: 1"
 * @example textPair("編號空白", 1) // "編號空白：1"
 */
export function textPair(label: string, value: string | number): string {
  return CJK.test(label) ? `${label}：${value}` : `${label}: ${value}`;
}
