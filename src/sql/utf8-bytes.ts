/**
 * The UTF-8 encoding of well-formed text (no unpaired surrogates: see checkSqlText), byte by byte. The core has
 * no TextEncoder (it runs without DOM or Node types), and PostgreSQL's name limit and MySQL's hexadecimal
 * literals are counted in bytes.
 *
 * Cost: O(length).
 *
 * @example utf8Bytes("é會") // [195, 169, 230, 156, 131] (U+00E9: C3 A9; U+6703: E6 9C 83)
 */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return bytes;
}
