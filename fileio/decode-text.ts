import { isCommonChineseCharacter } from "./common-hanzi";
import { FileError } from "./file-error";

export interface DecodedText {
  readonly text: string;
  /** The WHATWG name of the encoding read: "utf-8", "big5", "gb18030", or the one the user named. */
  readonly encoding: string;
  /** True when the file was not UTF-8 and the encoding was chosen by decodeText's scoring. */
  readonly detected: boolean;
}

/** Characters of the decoded text that are scored: the header and the first rows. */
const SAMPLE_CHARS = 20_000;
/** The legacy encodings Excel on Traditional / Simplified Chinese Windows saves "CSV" in. */
const LEGACY = ["big5", "gb18030"] as const;

/**
 * Decodes a text file's bytes. With `encoding` (any WHATWG label) exactly that; otherwise UTF-8 when the
 * bytes are valid UTF-8 (a BOM is dropped), else the better of Big5 and GB18030: each is decoded (fatal, so
 * bytes that are not valid in it rule it out) and scored by the share of common characters
 * (isCommonChineseCharacter) among the non-ASCII characters of the first 20,000 characters; the higher share
 * wins (GB18030 on a tie), and `detected` says it was a guess.
 *
 * Cost: O(bytes) per decode, three decodes at most.
 *
 * @example decodeText(new Uint8Array([0x61, 0x2c, 0x62]), "a.csv").encoding // "utf-8"
 * @example decodeText(new Uint8Array([0xad, 0x71, 0xb3, 0xe6]), "a.csv").encoding // "big5" (訂單)
 * @example decodeText(new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5]), "a.csv").encoding // "gb18030" (订单)
 * @throws FileError for an unknown encoding label, bytes not valid in the named encoding, or (without
 *   one) bytes valid in none of UTF-8, Big5 and GB18030
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  if (encoding !== undefined) return { ...decodeNamed(bytes, file, encoding), detected: false };
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", detected: false };
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const candidate of LEGACY) {
    const text = tryDecode(bytes, candidate);
    if (text === null) continue;
    const score = commonShare(text.slice(0, SAMPLE_CHARS));
    if (best === null || score >= best.score) best = { text, encoding: candidate, score };
  }
  if (best === null) {
    throw new FileError(
      'is not UTF-8, Big5 or GB18030 text (save it as "CSV UTF-8", or pass --encoding NAME)',
      file,
    );
  }
  return { text: best.text, encoding: best.encoding, detected: true };
}

/**
 * The share of common Chinese characters and punctuation among the non-ASCII characters of `text`
 * (0 when it has none). Cost: O(length).
 *
 * @example commonShare("訂單,金額") // 1
 * @example commonShare("abc") // 0
 */
export function commonShare(text: string): number {
  let nonAscii = 0;
  let common = 0;
  for (const character of text) {
    if ((character.codePointAt(0) ?? 0) < 0x80) continue;
    nonAscii++;
    if (isCommonChineseCharacter(character)) common++;
  }
  return nonAscii === 0 ? 0 : common / nonAscii;
}

function decodeNamed(bytes: Uint8Array, file: string, encoding: string): { text: string; encoding: string } {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new FileError(`unknown text encoding "${encoding}" (try utf-8, gb18030 or big5)`, file);
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    const hint =
      decoder.encoding === "utf-8" ? ' (save it as "CSV UTF-8", or pass --encoding gb18030 or big5)' : "";
    throw new FileError(`is not valid ${encoding} text${hint}`, file);
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
