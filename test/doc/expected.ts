/** What an example's result comment documents, as parse-expected.ts reads it and match-expected.ts checks it. */

/** A documented result: a value to compare, or the CoreError code a call throws. */
export type Expected =
  | {
      readonly kind: "number";
      readonly value: number;
      /** Decimals written, or null for an integer (compared exactly). */
      readonly decimals: number | null;
      /** Ends in `…`: the value's digits begin with these (truncated, not rounded). */
      readonly truncated: boolean;
    }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "constant"; readonly value: boolean | null | undefined }
  | {
      readonly kind: "array";
      readonly items: readonly Expected[];
      /** Ends in `…`: more elements follow. */
      readonly more: boolean;
      /** `Int32Array [1, 2]` names the typed array; a bare `[…]` is a plain Array. */
      readonly typedArray: string | null;
    }
  | {
      readonly kind: "object";
      readonly entries: readonly (readonly [string, Expected])[];
      /** Ends in `…`: more fields follow. */
      readonly more: boolean;
    }
  | { readonly kind: "throws"; readonly code: string };

export const TYPED_ARRAYS: readonly string[] = [
  "Int8Array",
  "Uint8Array",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
];
