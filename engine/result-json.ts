/**
 * A large job result crosses to the pane as UTF-8 JSON in a transferred ArrayBuffer instead of a structured clone.
 * Measured in Chromium (issue 14): Segment's three result sheets for 23,604 members (1.1 MB of JSON) took the
 * pane's thread 140 ms to deserialize as a structured clone of their many small arrays, where TextDecoder plus
 * JSON.parse take about 15 ms; the encoding costs the worker, not the pane.
 *
 * JSON cannot hold everything a clone can: non-finite numbers are tagged and restored (`tagged` says a reviver is
 * needed, so the common case parses without one); a Date, typed array, Map, Set or other non-plain object makes
 * `encodeResult` return null and the result goes as a structured clone, as before.
 */
export interface EncodedResult {
  readonly bytes: ArrayBuffer;
  readonly tagged: boolean;
}

/** A result whose JSON is shorter than this goes as a structured clone: both are quick at that size. */
export const RESULT_JSON_MIN_CHARS = 65_536;

const numberTag = "\u0000number";

/** UTF-8 JSON of a plain result, or null when it is short or holds values JSON cannot carry. */
export function encodeResult(result: unknown): EncodedResult | null {
  let tagged = false;
  let text: string;
  try {
    text = JSON.stringify(result, function (this: unknown, key: string, value: unknown) {
      const original = (this as Record<string, unknown>)[key];
      if (typeof value === "number" && !Number.isFinite(value)) {
        tagged = true;
        return { [numberTag]: String(value) };
      }
      if (typeof original === "object" && original !== null && !isPlain(original)) throw notPlain;
      if (typeof original === "bigint" || typeof original === "function") throw notPlain;
      // JSON writes an undefined array element as null: such a result goes as a clone, which keeps it.
      if (original === undefined && Array.isArray(this)) throw notPlain;
      return value;
    });
  } catch (error) {
    if (error === notPlain) return null;
    throw error;
  }
  if (text === undefined || text.length < RESULT_JSON_MIN_CHARS) return null;
  const bytes = new TextEncoder().encode(text);
  return { bytes: bytes.buffer as ArrayBuffer, tagged };
}

/** The result back from `encodeResult`'s bytes. */
export function decodeResult(encoded: EncodedResult): unknown {
  const text = new TextDecoder().decode(encoded.bytes);
  if (!encoded.tagged) return JSON.parse(text) as unknown;
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === "object" && value !== null && numberTag in value
      ? Number((value as Record<string, string>)[numberTag])
      : value,
  ) as unknown;
}

const notPlain = new Error("not a plain value");

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
