import { rfmScore } from "../../functions/rfm-scores";
import { rfmSegment } from "../../functions/rfm-segment";

/** An Excel error cell as the runtime receives it from a referenced cell holding #N/A. */
const naCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

/** 1..10 as a column, as Excel passes A1:A10. */
const oneToTen = Array.from({ length: 10 }, (_, index) => [index + 1]);

describe("=RFM.SCORE", () => {
  // Hand calculation, R type 7 (= PERCENTILE.INC) on 1..10: h = 9p, Q(0.2) = 1 + 1.8 = 2.8, Q(0.4) = 4.6,
  // Q(0.6) = 6.4, Q(0.8) = 8.2. R rfm edges = Q + 1 = 3.8, 5.6, 7.4, 9.2; score = 1 + edges at or below:
  // 1,2,3 → 1; 4,5 → 2; 6,7 → 3; 8,9 → 4; 10 → 5.
  const rfmRuleScores = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5];

  it("scores each value of a range among all_values by the R rfm package's rule (spills the range's shape)", async () => {
    expect(await rfmScore(oneToTen, oneToTen)).toEqual(rfmRuleScores.map((score) => [score]));
    expect(await rfmScore([[1, 4, 10]], oneToTen)).toEqual([[1, 2, 5]]);
  });

  it("reverses the scale with higher_is_better FALSE (recency days: fewer days score higher)", async () => {
    expect((await rfmScore(oneToTen, oneToTen, null, false)).flat()).toEqual(
      rfmRuleScores.map((score) => 6 - score),
    );
    expect(await rfmScore([[1]], oneToTen, 5, false)).toEqual([[5]]);
    // 0 is "not given" (TRUE): desktop Excel passes an empty cell as 0, and reading it as FALSE would reverse the
    // scale on desktop only (office-js issue 4702); 1 is TRUE.
    expect(await rfmScore([[1]], oneToTen, 5, 0)).toEqual([[1]]);
    expect(await rfmScore([[1]], oneToTen, 5, 1)).toEqual([[1]]);
  });

  it('uses the quantiles themselves as edges with edge_rule "quantile"', async () => {
    // Edges 2.8, 4.6, 6.4, 8.2 (hand calculation above): 1,2 → 1; 3,4 → 2; 5,6 → 3; 7,8 → 4; 9,10 → 5.
    expect((await rfmScore(oneToTen, oneToTen, 5, true, "quantile")).flat()).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it("takes another number of bins", async () => {
    // bins 2: Q(0.5) = 5.5, edge 6.5: 1..6 → 1, 7..10 → 2.
    expect((await rfmScore(oneToTen, oneToTen, 2)).flat()).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it("leaves blank cells of all_values out and scores a value that is not among them", async () => {
    const withBlanks = [...oneToTen, [null], [""]];
    expect(await rfmScore([[10], [100], [-3]], withBlanks)).toEqual([[5], [5], [1]]);
  });

  it("gives a per-cell #VALUE! for a bad value, keeping the good cells", async () => {
    const result = await rfmScore([[3, "abc", null, naCell]], oneToTen);
    expect(result[0]?.[0]).toBe(1);
    expect(errorOf(result[0]?.[1])).toEqual({
      code: "#VALUE!",
      message: 'value must be a number (got "abc")',
    });
    expect(errorOf(result[0]?.[2]).message).toBe("value is blank");
    expect(errorOf(result[0]?.[3]).message).toBe("value is an error value (#N/A)");
  });

  it("gives every cell #VALUE! for bad all_values, bins, higher_is_better or edge_rule", async () => {
    const messageOf = (result: unknown[][]) => {
      expect(result.flat().map((cell) => errorOf(cell).code)).toEqual(result.flat().map(() => "#VALUE!"));
      return errorOf(result[0]?.[0]).message;
    };
    expect(messageOf(await rfmScore([[1, 2]], [[null, ""]]))).toBe("all_values requires at least one number");
    expect(messageOf(await rfmScore([[1]], [[1, "x"]]))).toBe(
      'all_values (row 1, column 2) must be a number (got "x")',
    );
    expect(messageOf(await rfmScore([[1]], oneToTen, 1))).toBe(
      "bins must be a whole number from 2 to 100 (got 1)",
    );
    expect(messageOf(await rfmScore([[1]], oneToTen, 2.5))).toBe(
      "bins must be a whole number from 2 to 100 (got 2.5)",
    );
    expect(messageOf(await rfmScore([[1]], oneToTen, 5, "yes"))).toBe(
      'higher_is_better must be TRUE or FALSE (got "yes")',
    );
    expect(messageOf(await rfmScore([[1]], oneToTen, 5, true, "type7"))).toBe(
      'edge_rule must be one of rfm, quantile (got "type7")',
    );
  });
});

describe("=RFM.SEGMENT", () => {
  // Expected labels: R rfm's segment table (vignette "RFM - Introduction"), applied by hand, first match wins:
  // Champions 5/5/5; Potential Loyalist R3-5 F3-5 M2-5; Loyal R2-4 F2-4 M2-4; Promising R3-4 F1-3 M3-5;
  // New R4-5 F1-3 M1-5; Can't Lose Them R1-2 F3-4 M4-5; At Risk R1-2 F2-5 M4-5; Need Attention R1-3 F3-5 M3-5;
  // About To Sleep R2-3 F1-3 M1-4; Lost R1; else Others.
  it.each([
    [5, 5, 5, "Champions"],
    [1, 1, 1, "Lost"],
    [3, 4, 3, "Potential Loyalist"], // Abbey O'Reilly in R rfm's sample
    [2, 2, 2, "Loyal Customers"], // potential: R 2
    [3, 1, 4, "Promising"], // potential: F 1; loyal: F 1
    [4, 1, 2, "New Customers"], // Add Senger; promising: M 2
    [1, 3, 5, "Can't Lose Them"],
    [1, 5, 5, "At Risk"], // can't lose them: F 5
    [2, 5, 3, "Need Attention"], // can't lose them, at risk: M 3
    [2, 1, 1, "About To Sleep"],
    [2, 1, 5, "Others"], // about to sleep: M 5; lost: R 2
  ])("%i-%i-%i → %s", (recency, frequency, monetary, label) => {
    expect(rfmSegment([[recency]], [[frequency]], [[monetary]])).toEqual([[label]]);
  });

  it("pairs ranges cell by cell and uses a single cell with every cell of the others", () => {
    expect(rfmSegment([[5], [1]], [[5], [1]], [[5], [1]])).toEqual([["Champions"], ["Lost"]]);
    expect(rfmSegment([[5, 1]], [[5]], [[5]])).toEqual([["Champions", "At Risk"]]); // 1-5-5: at risk
  });

  it('accepts scheme "rfm" and labels in zh-TW and zh-CN', () => {
    expect(rfmSegment([[5]], [[5]], [[5]], "RFM", "zh-TW")).toEqual([["冠軍客戶"]]);
    const zhCn = rfmSegment([[1]], [[1]], [[1]], null, "zh-cn")[0]?.[0];
    expect(typeof zhCn).toBe("string");
    expect(zhCn).not.toBe("Lost");
  });

  it("gives #VALUE! with a message in a cell whose score is outside 1..5 or not a whole number", () => {
    const result = rfmSegment([[6, 5, 0, 5, null]], [[5, 2.5, 5, "x", 5]], [[5]]);
    expect(result[0]?.map((cell) => errorOf(cell).message)).toEqual([
      "r_score must be a whole number from 1 to 5 (got 6)",
      "f_score must be a whole number from 1 to 5 (got 2.5)",
      "r_score must be a whole number from 1 to 5 (got 0)",
      'f_score must be a number (got "x")',
      "r_score is blank",
    ]);
  });

  it("gives every cell #VALUE! for an unknown scheme or language, or ranges of different sizes", () => {
    expect(errorOf(rfmSegment([[5]], [[5]], [[5]], "study")[0]?.[0]).message).toBe(
      'scheme must be one of rfm (got "study")',
    );
    expect(errorOf(rfmSegment([[5]], [[5]], [[5]], "rfm", "fr")[0]?.[0]).message).toBe(
      'language must be one of en, zh-tw, zh-cn (got "fr")',
    );
    const mismatch = rfmSegment([[5], [4]], [[5], [4], [3]], [[5]]);
    expect(mismatch.flat().map((cell) => errorOf(cell).message)).toEqual([
      "the score ranges must be one cell or the same size (got r_score 2×1, f_score 3×1, m_score 1×1)",
      "the score ranges must be one cell or the same size (got r_score 2×1, f_score 3×1, m_score 1×1)",
    ]);
  });
});
