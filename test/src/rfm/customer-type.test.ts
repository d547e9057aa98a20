import { CUSTOMER_TYPES, customerTypeOf, customerTypes } from "../../../src/rfm/customer-type";
import { coreErrorCode } from "./test-helpers";

/*
 * The classic RFM eight-type table (R high = recent, F/M high = above average), written out by hand with the
 * study's names:
 *   R F M
 *   ↑ ↑ ↑  重要價值客戶 important value      ↓ ↑ ↑  重要喚回客戶 important win-back
 *   ↑ ↓ ↑  重要深耕客戶 important develop    ↓ ↓ ↑  重要挽留客戶 important retain
 *   ↑ ↑ ↓  潛力客戶 potential               ↓ ↑ ↓  一般維持客戶 general maintain
 *   ↑ ↓ ↓  新客戶 new                       ↓ ↓ ↓  流失客戶 churned
 */
describe("customerTypeOf — every cell of the eight-type table", () => {
  it.each<[boolean, boolean, boolean, string]>([
    [true, true, true, "importantValue"],
    [false, true, true, "importantWinBack"],
    [true, false, true, "importantDevelop"],
    [false, false, true, "importantRetain"],
    [true, true, false, "potential"],
    [true, false, false, "new"],
    [false, true, false, "generalMaintain"],
    [false, false, false, "churned"],
  ])(
    "recent %s, orders above average %s, amount above average %s → %s",
    (recent, frequent, bigSpender, type) => {
      expect(customerTypeOf(recent, frequent, bigSpender)).toBe(type);
    },
  );

  it("uses each of the eight types exactly once", () => {
    const seen = new Set<string>();
    for (const recent of [true, false])
      for (const frequent of [true, false])
        for (const big of [true, false]) seen.add(customerTypeOf(recent, frequent, big));
    expect([...seen].sort()).toEqual([...CUSTOMER_TYPES].sort());
  });
});

describe("customerTypes per member", () => {
  it("compares with the mean over all members, strictly above = high", () => {
    // frequency mean (6 + 1 + 2 + 3) / 4 = 3; monetary mean (900 + 100 + 500 + 500) / 4 = 500
    // member 0: 6 > 3, 900 > 500, recent     → importantValue
    // member 1: 1, 100, not recent           → churned
    // member 2: 2, 500 (= mean, not above), recent → new
    // member 3: 3 (= mean), 500 (= mean), not recent → churned
    const result = customerTypes(
      { frequency: [6, 1, 2, 3], monetary: [900, 100, 500, 500] },
      Uint8Array.of(1, 0, 1, 0),
    );
    expect(result.averageFrequency).toBe(3);
    expect(result.averageMonetary).toBe(500);
    expect(Array.from(result.codes, (code) => CUSTOMER_TYPES[code])).toEqual([
      "importantValue",
      "churned",
      "new",
      "churned",
    ]);
  });

  it("rejects no members and mismatched lengths", () => {
    expect(coreErrorCode(() => customerTypes({ frequency: [], monetary: [] }, []))).toBe("NO_MEMBERS");
    expect(coreErrorCode(() => customerTypes({ frequency: [1], monetary: [1] }, [1, 0]))).toBe(
      "COLUMN_LENGTH_MISMATCH",
    );
  });
});
