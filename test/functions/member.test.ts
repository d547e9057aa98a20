import { cycleStats, promoSensitivity } from "../../functions/member";

/** An Excel error cell as the runtime receives it from a referenced cell holding #N/A. */
const naCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`expected an Excel error, got ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

const JAN_1_2021 = 44197; // Excel serial of 2021-01-01

/**
 * Order rows whose members' purchase cycles are exactly the README example [3, 6, 7, 8, 8, 10, 13, 15, 16, 20]
 * (days between the last two distinct purchase days), plus one member with a single purchase day and blank rows.
 */
function cycleRows(): { memberIds: unknown[][]; orderDates: unknown[][] } {
  const rows: [unknown, unknown][] = [];
  const simple: [string, number][] = [
    ["m6", 6],
    ["m7", 7],
    ["m8a", 8],
    ["m8b", 8],
    ["m13", 13],
    ["m15", 15],
    ["m16", 16],
    ["m20", 20],
  ];
  for (const [member, cycleDays] of simple) {
    rows.push([member, JAN_1_2021], [member, JAN_1_2021 + cycleDays]);
  }
  // Cycle 3, with a second order later on the last purchase day (a time of day): still one purchase day.
  rows.push([1003, JAN_1_2021], [1003, JAN_1_2021 + 3], [1003, JAN_1_2021 + 3.75]);
  // Cycle 10 between the LAST two purchase days, not the first two (gap 7 before them).
  rows.push(["m10", JAN_1_2021 - 7], ["m10", JAN_1_2021], ["m10", JAN_1_2021 + 10]);
  // One purchase day (two orders on it): counted as a member, no cycle.
  rows.push(["single", JAN_1_2021], ["single", JAN_1_2021 + 0.5]);
  // Left out: no member id (web blank, formula ""), no order date (web blank, desktop blank = 0).
  rows.push([null, JAN_1_2021], ["", JAN_1_2021 + 40], ["m6", null], ["m6", 0], [0, 0]);
  return { memberIds: rows.map(([id]) => [id]), orderDates: rows.map(([, date]) => [date]) };
}

describe("=CYCLE.STATS", () => {
  it("spills the measures with a header row; quartiles are QUARTILE.INC of the cycles", async () => {
    const { memberIds, orderDates } = cycleRows();
    // Hand calculation over the sorted cycles 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 (n = 10), R type 7:
    // mean = 106 / 10 = 10.6; Q1 at position 1 + 9 × 0.25 = 3.25 → 7 + 0.25 × (8 − 7) = 7.25;
    // median at 5.5 → (8 + 10) / 2 = 9; Q3 at 7.75 → 13 + 0.75 × (15 − 13) = 14.5 (numpy.quantile agrees);
    // lapsed after = ⌈14.5 + 1.5 × (14.5 − 7.25)⌉ = ⌈25.375⌉ = 26. Members: 10 with a cycle + "single" = 11.
    expect(await cycleStats(memberIds, orderDates)).toEqual([
      ["Measure", "Value"],
      ["Members with an order", 11],
      ["Members with a cycle (2+ purchase days)", 10],
      ["Mean (days)", 10.6],
      ["Q1 (days)", 7.25],
      ["Median (days)", 9],
      ["Q3 (days)", 14.5],
      ["Suggested lapsed after (days)", 26],
    ]);
  });

  it("reads ranges laid out as rows as well, and labels in zh-TW", async () => {
    // Cycles 10 (a) and 30 (b): mean 20, Q1 = 10 + 0.25 × 20 = 15, median 20, Q3 = 25, lapsed ⌈25 + 15⌉ = 40.
    const result = await cycleStats(
      [["a", "a", "b", "b", "c"]],
      [[JAN_1_2021, JAN_1_2021 + 10, JAN_1_2021, JAN_1_2021 + 30, JAN_1_2021]],
      "zh-TW",
    );
    expect(result.map((row) => row[1])).toEqual(["數值", 3, 2, 20, 15, 20, 25, 40]);
    expect(result.every((row) => typeof row[0] === "string" && /[\u4e00-\u9fff]/.test(row[0]))).toBe(true);
  });

  it("gives #VALUE! with a message for ranges of different sizes", async () => {
    const result = await cycleStats([["a"], ["a"]], [[JAN_1_2021]]);
    expect(result).toHaveLength(1);
    expect(errorOf(result[0]?.[0])).toEqual({
      code: "#VALUE!",
      message: "CYCLE.STATS: order_dates is 1×1 but member_ids is 2×1 (the ranges must have the same size)",
    });
  });

  it("gives #N/A with a message when nobody bought on two different days", async () => {
    const result = await cycleStats([["a"], ["a"], ["b"]], [[JAN_1_2021], [JAN_1_2021 + 0.25], [JAN_1_2021]]);
    expect(errorOf(result[0]?.[0])).toEqual({
      code: "#N/A",
      message: "CYCLE.STATS requires at least one member who bought on two different days",
    });
    expect(errorOf((await cycleStats([[null]], [[null]]))[0]?.[0]).code).toBe("#N/A");
  });

  it("gives #VALUE! naming the cell for a text date, an error cell or a bad language", async () => {
    const textDate = await cycleStats([["a"], ["a"]], [[JAN_1_2021], ["2021-01-05"]]);
    expect(errorOf(textDate[0]?.[0])).toEqual({
      code: "#VALUE!",
      message:
        'order_dates (row 2, column 1) must be a date from 1900-03-01 to 9999-12-31 (got "2021-01-05")',
    });
    const errorId = await cycleStats([["a"], [naCell]], [[JAN_1_2021], [JAN_1_2021]]);
    expect(errorOf(errorId[0]?.[0]).message).toBe("member_ids (row 2, column 1) is an error value (#N/A)");
    expect(errorOf((await cycleStats([["a"]], [[JAN_1_2021]], "fr"))[0]?.[0]).message).toBe(
      'language must be one of en, zh-tw, zh-cn (got "fr")',
    );
  });
});

describe("=PROMO.SENSITIVITY", () => {
  // Shares 1/2, 0/4, 3/3, 2/8, 5/10, 2/5 = 0.5, 0, 1, 0.25, 0.5, 0.4; sorted 0, 0.25, 0.4, 0.5, 0.5, 1.
  // R type 7: Q1 at position 1 + 5 × 0.25 = 2.25 → 0.25 + 0.25 × (0.4 − 0.25) = 0.2875;
  // Q3 at 4.75 → 0.5 + 0.75 × 0 = 0.5 (numpy.quantile: [0.2875, 0.5]).
  // Tags: 0.5 ≥ Q3 high, 0 ≤ Q1 low, 1 high, 0.25 ≤ Q1 low, 0.5 high, 0.4 mid.
  const coupons = [[1], [0], [3], [2], [5], [2]];
  const orders = [[2], [4], [3], [8], [10], [5]];
  const expectedTags = ["high", "low", "high", "low", "high", "mid"];

  it("tags each row low / mid / high by the population's Q1 and Q3", () => {
    expect(promoSensitivity(coupons, orders).map((row) => row[0])).toEqual(expectedTags);
  });

  it("keeps the range's shape and labels in zh-CN", () => {
    const result = promoSensitivity([coupons.flat()], [orders.flat()], "zh-CN");
    expect(result).toEqual([["高", "低", "高", "低", "高", "中"]]);
  });

  it("gives a bad row its own #VALUE! and leaves it out of the quartiles", () => {
    const result = promoSensitivity([...coupons, [5], [1], ["x"], [1]], [...orders, [4], [0], [3], [null]]);
    // The six good rows keep the tags above: the bad rows do not move Q1 or Q3.
    expect(result.slice(0, 6).map((row) => row[0])).toEqual(expectedTags);
    expect(result.slice(6, 10).map((row) => errorOf(row[0]))).toEqual([
      { code: "#VALUE!", message: "coupon_orders must be between 0 and orders (got 5 of 4)" },
      { code: "#VALUE!", message: "orders must be above 0 (got 0)" },
      { code: "#VALUE!", message: 'coupon_orders must be a number (got "x")' },
      { code: "#VALUE!", message: "orders is blank" },
    ]);
  });

  it("reads a blank coupon_orders cell as 0 coupon orders", () => {
    // Shares 0 (blank), 0 (""), 1/2, 2/2: Q1 at position 1.75 → 0; Q3 at 3.25 → 0.5 + 0.25 × 0.5 = 0.625.
    expect(promoSensitivity([[null], [""], [1], [2]], [[4], [3], [2], [2]]).flat()).toEqual([
      "low",
      "low",
      "mid",
      "high",
    ]);
  });

  it("uses the Q1 = Q3 rule: a share equal to both is high only at 100%", () => {
    // Shares 0, 0, 0, 0, 1: sorted positions 2 and 4 are both 0, so Q1 = Q3 = 0; 0 is low, 1 high.
    expect(promoSensitivity([[0], [0], [0], [0], [2]], [[3], [3], [3], [3], [2]]).flat()).toEqual([
      "low",
      "low",
      "low",
      "low",
      "high",
    ]);
    // Shares 1, 1, 1, 1, 0: Q1 = Q3 = 1; 1 is high ("always used a promotion"), 0 low.
    expect(promoSensitivity([[2], [3], [1], [4], [0]], [[2], [3], [1], [4], [5]]).flat()).toEqual([
      "high",
      "high",
      "high",
      "high",
      "low",
    ]);
  });

  it("gives every cell #VALUE! for ranges of different sizes or a bad language", () => {
    const mismatch = promoSensitivity([[1], [2]], [[3]]);
    expect(mismatch.flat().map((cell) => errorOf(cell).message)).toEqual([
      "PROMO.SENSITIVITY: orders is 1×1 but coupon_orders is 2×1 (the ranges must have the same size)",
      "PROMO.SENSITIVITY: orders is 1×1 but coupon_orders is 2×1 (the ranges must have the same size)",
    ]);
    expect(errorOf(promoSensitivity([[1]], [[2]], "de")[0]?.[0]).code).toBe("#VALUE!");
  });
});
