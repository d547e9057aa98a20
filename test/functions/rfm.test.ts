import { rfmLevel } from "../../functions/rfm";

/** An Excel error cell as the runtime receives it from a referenced cell holding #N/A. */
const naCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

describe("=RFM.LEVEL", () => {
  const orderCounts = [[2, 3, 4, 7]];

  it("returns one level for a single value (Excel passes it as a 1×1 matrix)", () => {
    expect(rfmLevel([[5]], orderCounts)).toEqual([[1]]);
  });

  it("spills one level per cell of a range, keeping the range's shape", () => {
    // Study table: 1 → 4, 2 → 3, 3 → 2, 4–6 → 1, 7+ → 0.
    expect(rfmLevel([[1], [2], [3], [6], [7], [12]], orderCounts)).toEqual([[4], [3], [2], [1], [0], [0]]);
  });

  it("accepts breakpoints as a column and ignores blank breakpoint cells", () => {
    expect(
      rfmLevel([[150000, 149999]], [[5000], [10000], [30000], [50000], [70000], [150000], [null]]),
    ).toEqual([[0, 1]]);
  });

  it('supports order "asc" for lower-is-better values', () => {
    expect(rfmLevel([[10, 30, 200]], [[30, 90, 180]], "asc")).toEqual([[0, 1, 3]]);
  });

  it("gives a per-cell #VALUE! with a message for text, blank and error cells, keeping the good cells", () => {
    const result = rfmLevel([[3, "abc", null, naCell, ""]], orderCounts);
    expect(result[0]?.[0]).toBe(2);
    expect(errorOf(result[0]?.[1])).toEqual({
      code: "#VALUE!",
      message: 'value must be a number (got "abc")',
    });
    expect(errorOf(result[0]?.[2])).toEqual({ code: "#VALUE!", message: "value is blank" });
    expect(errorOf(result[0]?.[3])).toEqual({ code: "#VALUE!", message: "value is an error value (#N/A)" });
    expect(errorOf(result[0]?.[4]).message).toBe("value is blank");
  });

  it("gives every cell #VALUE! when the breakpoints are unsorted, empty or not numbers", () => {
    const unsorted = rfmLevel([[1, 2]], [[7, 4, 3, 2]]);
    expect(unsorted.flat().map((cell) => errorOf(cell).code)).toEqual(["#VALUE!", "#VALUE!"]);
    expect(errorOf(unsorted[0]?.[0]).message).toMatch(/strictly ascend/);
    expect(errorOf(rfmLevel([[1]], [[null]])[0]?.[0]).message).toMatch(/At least one breakpoint/);
    expect(errorOf(rfmLevel([[1]], [["x", 2]])[0]?.[0]).message).toMatch(/breakpoint .* must be a number/);
  });

  it("rejects an unknown order option", () => {
    expect(errorOf(rfmLevel([[1]], orderCounts, "up")[0]?.[0]).message).toBe(
      'order must be one of desc, asc (got "up")',
    );
  });
});
