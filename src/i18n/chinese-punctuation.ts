/** The half-width marks that Chinese text writes full-width, each with its full-width form. */
export const FULL_WIDTH_OF: Readonly<Record<string, string>> = {
  ":": "：",
  ",": "，",
  "(": "（",
  ")": "）",
  ";": "；",
  "?": "？",
  "!": "！",
};

/** One half-width mark in Chinese text: its index in the string and the text around it. */
export interface HalfWidthMark {
  readonly index: number;
  readonly mark: string;
  readonly context: string;
}

// Han ideographs, CJK symbols and punctuation (、。「」), full-width forms (：，（）), and the curly quotes and
// ellipsis that Chinese text sets full-width (“ ” ‘ ’ …).
const CJK =
  /[\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
// A catalogue placeholder ({count}) stands for a value that is not itself Chinese.
const PLACEHOLDER = /\{\w+\}/g;

/**
 * The half-width `: , ( ) ; ? !` in a Chinese string that should be full-width (： ， （ ） ； ？ ！). A mark is
 * wrong when the nearest character on either side, ignoring spaces, is Chinese (a Han ideograph, CJK
 * punctuation, a full-width form, or the curly quotes and ellipsis “ ” ‘ ’ …). Placeholders such as `{count}` count as non-Chinese, so marks between
 * ASCII only are allowed: numbers ("1,234"), ranges ("A1:B2"), formulas ("=CLV(A2:A9)") and ASCII fragments
 * set off by spaces ("GMV (R/F/M)"). An ASCII fragment touching Chinese is not: "分數(R/F/M)" needs "（R/F/M）".
 * The brackets of a call, "(" right after an ASCII letter and its ")", are code or maths and stay half-width
 * even around Chinese ("ln(1 + 累計消費)", "=CLV(A2:A9) 會傳回"); after a digit they are not a call ("3(建議)").
 *
 * @param text a zh-TW or zh-CN string (a catalogue template or a rendered message)
 * @returns each offending mark with up to 6 characters of context on either side; empty when the text is right
 * @example
 * halfWidthMarksInChinese("使用的列數:848 / 848").map((found) => found.mark) // [":"]
 * halfWidthMarksInChinese("3(建議)").length // 2
 * halfWidthMarksInChinese("共 1,234 列（{count}）：A1:B2").length // 0
 * halfWidthMarksInChinese("corr(x, zbar) 無法計算").length // 0
 */
export function halfWidthMarksInChinese(text: string): HalfWidthMark[] {
  const neutral = text.replace(PLACEHOLDER, (placeholder) => "#".repeat(placeholder.length));
  const calls = callBrackets(neutral);
  const found: HalfWidthMark[] = [];
  for (let index = 0; index < neutral.length; index += 1) {
    const mark = neutral.charAt(index);
    if (FULL_WIDTH_OF[mark] === undefined || calls.has(index)) continue;
    if (touchesChinese(neutral, index)) {
      found.push({ index, mark, context: text.slice(Math.max(0, index - 6), index + 7) });
    }
  }
  return found;
}

function touchesChinese(text: string, index: number): boolean {
  return CJK.test(neighbour(text, index, -1)) || CJK.test(neighbour(text, index, 1));
}

function neighbour(text: string, index: number, step: -1 | 1): string {
  let position = index + step;
  while (position >= 0 && position < text.length && /[ \t]/.test(text.charAt(position))) position += step;
  return text.charAt(position);
}

/** Indices of "(" directly after an ASCII letter and of the ")" that closes each. */
function callBrackets(text: string): Set<number> {
  const calls = new Set<number>();
  const open: { index: number; call: boolean }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === "(") {
      const call = /[A-Za-z]/.test(text.charAt(index - 1));
      open.push({ index, call });
      if (call) calls.add(index);
    } else if (character === ")") {
      if (open.pop()?.call === true) calls.add(index);
    }
  }
  return calls;
}
