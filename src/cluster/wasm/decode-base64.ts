const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Decodes standard base64 (RFC 4648 §4, "=" padding) to bytes. Here rather than `atob` or `Buffer`, which
 * the platform-free core cannot count on.
 *
 * Cost: O(length).
 *
 * @example decodeBase64("AGFzbQ==") // Uint8Array [0, 97, 115, 109]
 */
export function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128).fill(255);
  for (let index = 0; index < ALPHABET.length; index++) values[ALPHABET.charCodeAt(index)] = index;
  const digits = text.replace(/=+$/, "");
  const bytes = new Uint8Array(Math.floor((digits.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let index = 0; index < digits.length; index++) {
    const value = values[digits.charCodeAt(index)] ?? 255;
    if (value === 255) throw new Error(`decodeBase64: not a base64 character at ${index}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
