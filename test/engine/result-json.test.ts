import { decodeResult, encodeResult, RESULT_JSON_MIN_CHARS } from "../../engine/result-json";

/** A result sheet-like value with `rows` rows of mixed cells, longer than the JSON threshold. */
function largeResult(rows: number) {
  return {
    sheets: [
      {
        baseName: "Members",
        rows: Array.from({ length: rows }, (_, row) => [
          `M${row}`,
          row,
          row / 4,
          row % 2 === 0,
          null,
          "會員",
        ]),
      },
    ],
    recommendedK: 3,
  };
}

describe("encodeResult / decodeResult", () => {
  test("a large plain result comes back equal, through UTF-8 bytes, without a reviver", () => {
    const result = largeResult(5000);
    const encoded = encodeResult(result);
    expect(encoded).not.toBeNull();
    expect(encoded?.tagged).toBe(false);
    expect(encoded?.bytes.byteLength).toBeGreaterThanOrEqual(RESULT_JSON_MIN_CHARS);
    expect(decodeResult(encoded!)).toEqual(result);
  });

  test("non-finite numbers are tagged and restored", () => {
    const result = { ...largeResult(5000), extremes: [Number.NaN, Infinity, -Infinity, 0.1] };
    const encoded = encodeResult(result);
    expect(encoded?.tagged).toBe(true);
    expect(decodeResult(encoded!)).toEqual(result);
  });

  test("a short result, or one with a Date, a typed array or an undefined element, is left to the structured clone", () => {
    expect(encodeResult({ k: 3 })).toBeNull();
    expect(encodeResult({ ...largeResult(5000), at: new Date(0) })).toBeNull();
    expect(encodeResult({ ...largeResult(5000), labels: new Int32Array(4) })).toBeNull();
    expect(encodeResult({ ...largeResult(5000), gaps: [1, undefined, 3] })).toBeNull();
  });
});
