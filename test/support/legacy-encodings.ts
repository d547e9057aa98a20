import { encode } from "iconv-lite";

/**
 * A text in Big5 or GB18030 bytes, as Excel on Traditional / Simplified Chinese Windows saves "CSV".
 * Node's TextEncoder writes only UTF-8; iconv-lite is already installed (a dependency of jsdom's
 * whatwg-encoding and of mysql2), and its tables are independent of the WHATWG indexes TextDecoder uses,
 * so a round trip through both checks the reader rather than restating it.
 */
export function legacyBytes(text: string, encoding: "big5" | "gb18030"): Uint8Array {
  return new Uint8Array(encode(text, encoding));
}
