/** Characters per piece: 1 Mi UTF-16 units, at most 3 MiB of UTF-8. */
const PIECE_CHARS = 1 << 20;

/**
 * Writes a long text as pieces of about a million characters, each cut before a low surrogate so that no
 * character is split. A --json document of every member of a full sheet is 35 MB: written whole, Node
 * first copies it into one 35 MB buffer, which was part of the command's peak memory (issue 14's 500 MB
 * limit); pieces are encoded and written one at a time.
 *
 * Cost: O(length); memory: one piece at a time when `write` is synchronous (files, and pipes on Linux).
 *
 * @example writeInPieces("a".repeat(3), (piece) => process.stdout.write(piece)) // one piece, "aaa"
 */
export function writeInPieces(text: string, write: (piece: string) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
    write(text.slice(start, end));
    start = end;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
