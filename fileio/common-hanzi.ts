/**
 * The characters the two legacy standards themselves call common, read from the platform's decoders (the
 * WHATWG Big5 and GB18030 indexes, the same tables TextDecoder uses), so no list is written by hand:
 * - Big5 0xA440–0xC67E: the 5,401 常用字 (frequently used characters) of Big5, the Ministry of Education's
 *   常用國字標準字體表 in its stroke order;
 * - GB 2312 0xB0A1–0xD7F9: the 3,755 一级汉字 (level-1, commonly used characters) of GB 2312-80.
 * Together with the CJK and full-width punctuation blocks they are what a header or an amount column of a
 * Chinese export is made of; a file decoded with the wrong one of the two encodings shows mostly other
 * characters (kana, box drawing, rare ideographs), which is how decodeText tells them apart.
 */
let commonSet: ReadonlySet<string> | null = null;

/**
 * True when `character` is one of the standards' common characters or CJK / full-width punctuation.
 * The set is built on first use (about 9,000 characters, two TextDecoder calls).
 *
 * @example isCommonChineseCharacter("訂") // true (Big5 常用字)
 * @example isCommonChineseCharacter("订") // true (GB 2312 level 1)
 * @example isCommonChineseCharacter("ぃ") // false
 */
export function isCommonChineseCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return true;
  commonSet ??= buildCommonSet();
  return commonSet.has(character);
}

function buildCommonSet(): Set<string> {
  const big5 = pairs(0xa4, 0xc6, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]).filter(([lead, trail]) => lead < 0xc6 || trail <= 0x7e);
  const gb2312 = pairs(0xb0, 0xd7, [[0xa1, 0xfe]]).filter(([lead, trail]) => lead < 0xd7 || trail <= 0xf9);
  const characters = [...decodeAll("big5", big5), ...decodeAll("gb18030", gb2312)];
  return new Set(characters.filter((character) => character !== "\ufffd"));
}

function pairs(leadFrom: number, leadTo: number, trailRanges: readonly (readonly [number, number])[]) {
  const result: [number, number][] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (const [from, to] of trailRanges)
      for (let trail = from; trail <= to; trail++) result.push([lead, trail]);
  }
  return result;
}

function decodeAll(encoding: string, codes: readonly (readonly [number, number])[]): string[] {
  return [...new TextDecoder(encoding).decode(new Uint8Array(codes.flat()))];
}
