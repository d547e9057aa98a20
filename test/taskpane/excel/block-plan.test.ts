import {
  planBlocks,
  REQUEST_RESERVE_BYTES,
  SEGMENT_OVERHEAD_BYTES,
} from "../../../taskpane/excel/block-plan";

const formats = ["0", "@"];

describe("planBlocks", () => {
  test("row size is measured from the rows as written, plus formats, with a 20 % margin", () => {
    // Row [12345, "abc"] is written as [12345,"'abc"]: 14 bytes of JSON, +1 for the comma between rows = 15.
    // Formats ["0","@"]: 9 bytes + 1 = 10. (15 + 10) × 1.2 = 30.
    const plan = planBlocks([{ rows: [[12345, "abc"]], numberFormats: formats }]);
    expect(plan.rowBytes).toEqual([30]);
    expect(plan.requests).toEqual([
      {
        segments: [{ regionIndex: 0, firstRow: 0, rowCount: 1 }],
        estimatedBytes: 30 + SEGMENT_OVERHEAD_BYTES + REQUEST_RESERVE_BYTES,
      },
    ]);
  });

  test("rows are cut into requests that fit the budget: the count follows from the row size", () => {
    // Budget 20,000: room for floor((20,000 - 16,384 - 512) / 30) = 103 rows per request.
    // 1,000 rows → 9 requests of 103 (927 rows) and one of 73.
    const rows = Array.from({ length: 1000 }, () => [12345, "abc"]);
    const plan = planBlocks([{ rows, numberFormats: formats }], 20_000);
    expect(plan.requests.map((request) => request.segments.map((segment) => segment.rowCount))).toEqual([
      ...Array.from({ length: 9 }, () => [103]),
      [73],
    ]);
    expect(plan.requests.every((request) => request.estimatedBytes <= 20_000)).toBe(true);
  });

  test("small regions share a request; empty regions add nothing", () => {
    const plan = planBlocks([
      { rows: [[1, "a"]], numberFormats: formats },
      { rows: [], numberFormats: formats },
      { rows: [[2, "b"]], numberFormats: formats },
    ]);
    expect(plan.requests).toHaveLength(1);
    expect(plan.requests[0]?.segments.map((segment) => segment.regionIndex)).toEqual([0, 2]);
  });

  test("the largest sampled row sets the size, so long text shrinks the blocks", () => {
    const short = Array.from({ length: 500 }, () => [1, "a"]);
    const withLong = short.map((row, index) => (index === 499 ? [1, "x".repeat(1000)] : row));
    const a = planBlocks([{ rows: short, numberFormats: formats }], 50_000);
    const b = planBlocks([{ rows: withLong, numberFormats: formats }], 50_000);
    expect(b.requests.length).toBeGreaterThan(a.requests.length);
  });

  test("a region that does not fit in the rest of a request continues in the next", () => {
    const rows = Array.from({ length: 150 }, () => [12345, "abc"]);
    const plan = planBlocks(
      [
        { rows, numberFormats: formats },
        { rows, numberFormats: formats },
      ],
      20_000,
    );
    const segments = plan.requests.flatMap((request) => request.segments);
    expect(segments.reduce((sum, segment) => sum + segment.rowCount, 0)).toBe(300);
    // 103 per request: [0..102] | [103..149] + region 1's first rows | ...
    expect(plan.requests[1]?.segments.map((segment) => [segment.regionIndex, segment.firstRow])).toEqual([
      [0, 103],
      [1, 0],
    ]);
  });
});
