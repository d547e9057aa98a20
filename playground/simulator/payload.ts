const encoder = new TextEncoder();

/**
 * UTF-8 size of the JSON text of a value: what it adds to a request or a response. Measured independently of
 * the port's own estimate (taskpane/excel/payload-size.ts), so the port's block plan is checked, not echoed.
 */
export function jsonByteLength(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "null").byteLength;
}
