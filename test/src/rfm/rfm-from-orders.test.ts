import fc from "fast-check";
import { rfmFromOrders, type OrderLineColumns } from "../../../src/rfm/rfm-from-orders";
import { coreErrorCode } from "./test-helpers";

/*
 * Hand-calculated fixture. Serial 39000 = 2006-10-10 (any serials would do: only differences matter).
 *
 * row member   order  day       amount  note
 *  0  "A"      O1     39000     10      order O1 has two lines …
 *  1  "A"      O1     39000.5    5      … (time of day ignored)
 *  2  "A"      O2     39010      7
 *  3  "B"      O3     39005      3      two orders on one day
 *  4  "B"      O4     39005      4
 *  5  123      O5     39002      8      number 123 …
 *  6  " 123 "  O6     39004      2      … and the text "123" are one member
 *  7  "00123"  O7     39001      1      leading zeros: a different member
 *  8  null     O8     39003      9      blank member id
 *  9  "  "     O8     39003      9      blank member id
 * 10  0        O8     39003      9      blank member id (Excel desktop's empty cell)
 * 11  "C"      O9     "2006-10-10" 9    unparseable date (text)
 * 12  "C"      O9     0          9      unparseable date (empty desktop cell)
 * 13  "C"      O9     39003      null   missing amount
 * 14  "C"      ""     39003      9      blank order id
 *
 * Latest day 39010, so the default as-of day is 39011.
 * With order ids:   A: recency 1, orders 2 (O1, O2), amount 22
 *                   B: recency 6, orders 2 (O3, O4), amount 7
 *                 123: recency 7 (last 39004), orders 2, amount 10
 *               00123: recency 10, orders 1, amount 1
 * Without order ids (distinct days): A 2 (39000, 39010), B 1 (39005), 123 2 (39002, 39004), 00123 1;
 * row 14 is then usable (no order id needed): C recency 8, 1 order, amount 9.
 */
const lines: OrderLineColumns = {
  memberIds: ["A", "A", "A", "B", "B", 123, " 123 ", "00123", null, "  ", 0, "C", "C", "C", "C"],
  orderDates: [
    39000,
    39000.5,
    39010,
    39005,
    39005,
    39002,
    39004,
    39001,
    39003,
    39003,
    39003,
    "2006-10-10",
    0,
    39003,
    39003,
  ],
  amounts: [10, 5, 7, 3, 4, 8, 2, 1, 9, 9, 9, 9, 9, null, 9],
  orderIds: ["O1", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O8", "O8", "O9", "O9", "O9", ""],
};

describe("rfmFromOrders on a hand-calculated fixture", () => {
  it("counts lines of one order once and sums amounts", () => {
    const result = rfmFromOrders(lines);
    expect(result.memberIds).toEqual(["A", "B", 123, "00123"]);
    expect(Array.from(result.recencyDays)).toEqual([1, 6, 7, 10]);
    expect(Array.from(result.frequency)).toEqual([2, 2, 2, 1]);
    expect(Array.from(result.monetary)).toEqual([22, 7, 10, 1]);
    expect(Array.from(result.lastOrderSerial ?? [])).toEqual([39010, 39005, 39004, 39001]);
    expect(result.asOfSerial).toBe(39011);
    expect(result.asOfSource).toBe("dayAfterLatestOrder");
    expect(result.usedRowCount).toBe(8);
  });

  it("reports every skipped row under its first problem instead of dropping it silently", () => {
    expect(rfmFromOrders(lines).skippedRows).toEqual({
      blankMemberId: 3,
      unparseableDate: 2,
      missingAmount: 1,
      blankOrderId: 1,
      invalidMemberValue: 0,
    });
  });

  it("counts distinct order days when there are no order ids", () => {
    const result = rfmFromOrders({ ...lines, orderIds: undefined });
    expect(result.memberIds).toEqual(["A", "B", 123, "00123", "C"]);
    expect(Array.from(result.frequency)).toEqual([2, 1, 2, 1, 1]);
    expect(Array.from(result.recencyDays)).toEqual([1, 6, 7, 10, 8]);
    expect(result.skippedRows.blankOrderId).toBe(0);
  });

  it("treats an order id typed as a number and as text as one order, but keeps leading zeros apart", () => {
    // 5, "5" and " 5 " are one order; "05" is another: 2 orders
    const result = rfmFromOrders({
      memberIds: ["A", "A", "A", "A"],
      orderDates: [39000, 39000, 39000, 39000],
      amounts: [1, 1, 1, 1],
      orderIds: [5, "5", " 5 ", "05"],
    });
    expect(Array.from(result.frequency)).toEqual([2]);
  });

  it("counts every line with frequencyBasis 'lines' (order ids are then ignored)", () => {
    const result = rfmFromOrders(lines, { frequencyBasis: "lines" });
    expect(Array.from(result.frequency)).toEqual([3, 2, 2, 1, 1]);
  });

  it("uses a given as-of date, whole days only, and allows the latest order day itself", () => {
    expect(Array.from(rfmFromOrders(lines, { asOfSerial: 39020.9 }).recencyDays)).toEqual([10, 15, 16, 19]);
    const sameDay = rfmFromOrders(lines, { asOfSerial: 39010 });
    expect(Array.from(sameDay.recencyDays)).toEqual([0, 5, 6, 9]);
    expect(sameDay.asOfSource).toBe("given");
  });
});

describe("rfmFromOrders on bad input", () => {
  it.each<[string, string, () => unknown]>([
    ["no rows", "NO_ORDER_ROWS", () => rfmFromOrders({ memberIds: [], orderDates: [], amounts: [] })],
    [
      "all member ids blank",
      "NO_USABLE_ORDER_ROWS",
      () =>
        rfmFromOrders({ memberIds: [null, "", 0], orderDates: [39000, 39001, 39002], amounts: [1, 2, 3] }),
    ],
    [
      "as-of before the last order",
      "AS_OF_BEFORE_LAST_ORDER",
      () => rfmFromOrders(lines, { asOfSerial: 39009 }),
    ],
    ["as-of not a date", "AS_OF_NOT_A_DATE", () => rfmFromOrders(lines, { asOfSerial: Number.NaN })],
    [
      "columns of different lengths",
      "COLUMN_LENGTH_MISMATCH",
      () => rfmFromOrders({ memberIds: ["a", "b"], orderDates: [39000], amounts: [1, 2] }),
    ],
  ])("%s → %s", (_name, code, action) => {
    expect(coreErrorCode(action)).toBe(code);
  });
});

describe("rfmFromOrders properties", () => {
  const line = fc.record({
    member: fc.integer({ min: 1, max: 6 }),
    order: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 40000, max: 40030 }),
    amount: fc.integer({ min: -50, max: 500 }),
  });

  it("matches a plain per-member Set count and sum, with recency ≥ 1 under the default as-of", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, withOrderIds) => {
        const result = rfmFromOrders({
          memberIds: rows.map((row) => `m${row.member}`),
          orderDates: rows.map((row) => row.day),
          amounts: rows.map((row) => row.amount),
          orderIds: withOrderIds ? rows.map((row) => `o${row.order}`) : undefined,
        });
        result.memberIds.forEach((id, index) => {
          const own = rows.filter((row) => `m${row.member}` === id);
          const distinct = new Set(own.map((row) => (withOrderIds ? row.order : row.day)));
          expect(result.frequency[index]).toBe(distinct.size);
          expect(result.monetary[index]).toBe(own.reduce((sum, row) => sum + row.amount, 0));
          expect(result.recencyDays[index]).toBe(
            Math.max(...rows.map((row) => row.day)) + 1 - Math.max(...own.map((row) => row.day)),
          );
          expect(result.recencyDays[index]).toBeGreaterThanOrEqual(1);
        });
      }),
    );
  });
});

describe("rfmFromOrders with the reader's codes", () => {
  // Ids as an export holds them in a text column: blanks ("0" is desktop Excel's empty cell), numeric
  // text, lookalikes that stay distinct ("007" is not "7"); null where the table has no value.
  const id = fc.constantFrom<string | null>("M1", "M2", "7", "007", "0", "1e3", "1000", "會員3", null);
  const line = fc.record({
    member: id,
    order: id,
    day: fc.oneof(fc.integer({ min: 40000, max: 40030 }), fc.constant(Number.NaN)),
    amount: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant(Number.NaN)),
  });
  const codesOf = (values: readonly (string | null)[]) => {
    const dictionary = [...new Set(values.filter((value): value is string => value !== null))].reverse();
    const codes = Int32Array.from(values, (value) => (value === null ? -1 : dictionary.indexOf(value)));
    return { codes, dictionary };
  };

  it("gives what the ids alone give: members, their order, counts, sums and skipped rows", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 50 }), (rows) => {
        const memberIds = rows.map((row) => row.member);
        const orderIds = rows.map((row) => row.order);
        const lines = {
          memberIds,
          orderIds,
          orderDates: rows.map((row) => row.day),
          amounts: rows.map((row) => row.amount),
        };
        const read = (columns: OrderLineColumns) => {
          try {
            return rfmFromOrders(columns);
          } catch (error) {
            return (error as { code: string }).code;
          }
        };
        const coded = read({ ...lines, memberCodes: codesOf(memberIds), orderCodes: codesOf(orderIds) });
        expect(coded).toEqual(read(lines));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the ids, not the codes, when the codes do not cover every line", () => {
    const result = rfmFromOrders({
      memberIds: ["a", "b"],
      orderDates: [40000, 40001],
      amounts: [1, 2],
      memberCodes: { codes: Int32Array.of(0), dictionary: ["a"] },
    });
    expect(result.memberIds).toEqual(["a", "b"]);
  });
});
