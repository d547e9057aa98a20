/**
 * UTF-8 byte length of a value's JSON text: what writing it adds to an Office.js request. Counted from the
 * UTF-16 code units without building a byte buffer (1 byte below U+0080, 2 below U+0800, 4 per surrogate
 * pair, else 3).
 *
 * Cost: one JSON.stringify plus one pass over its text.
 * @example jsonUtf8Bytes([["a", 1]]) // 9; jsonUtf8Bytes(["分"]) // 7
 */
export function jsonUtf8Bytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** UTF-8 byte length of a string. @example utf8Bytes("é分") // 5 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
