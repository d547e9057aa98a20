import fc from "fast-check";
import { parseDateText } from "../../../src/table/parse-date";
import { parseNumberText } from "../../../src/table/parse-number";
import { SimpleCellValues } from "../../../src/table/simple-cell-values";
import { isPlainEdge, TextCellReader } from "../../../src/table/text-cell-reader";
import { textCellsOfRows } from "./text-cells-of-rows";

// The offset readers must agree with the general parsers (parseNumberText, parseDateText, trim) on every
// cell they accept; the general parsers are the reference, checked by their own tests against hand values.
function valuesOf(cell: string): { values: SimpleCellValues; start: number; end: number } {
  const cells = textCellsOfRows([[cell]]);
  return {
    values: new SimpleCellValues(new TextCellReader(cells)),
    start: cells.cellStart[0] as number,
    end: cells.cellEnd[0] as number,
  };
}
const numberOf = (cell: string) => {
  const { values, start, end } = valuesOf(cell);
  return values.number(start, end);
};
const signedOf = (cell: string) => {
  const { values, start, end } = valuesOf(cell);
  return values.signedNumber(start, end);
};
const dateOf = (cell: string) => {
  const { values, start, end } = valuesOf(cell);
  return values.isoDate(start, end);
};
const isText = (cell: string) => {
  const { values, start, end } = valuesOf(cell);
  return values.isText(start, end);
};

describe("SimpleCellValues.number", () => {
  it("reads plain unsigned decimals and leaves everything else to parseNumberText", () => {
    expect(numberOf("205.92")).toBe(205.92);
    expect(numberOf("007.50")).toBe(7.5);
    expect(numberOf("0")).toBe(0);
    for (const other of ["-5", "+5", "5.", ".5", "1,200", " 7", "1e3", "", "$5", "1.2.3", "１２"]) {
      expect(numberOf(other)).toBeNull();
    }
  });

  it("gives Number(text) bit for bit: Clinger's fast path up to 15 digits, Number beyond (property)", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 22 });
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), (whole, fraction) => {
        const text = fraction === undefined ? whole : `${whole}.${fraction}`;
        expect(Object.is(numberOf(text), parseNumberText(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("never disagrees with parseNumberText on any short text it accepts (property)", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789.-, e"), maxLength: 8 });
    fc.assert(
      fc.property(text, (candidate) => {
        const value = numberOf(candidate);
        if (value !== null) expect(value).toBe(parseNumberText(candidate));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("SimpleCellValues.signedNumber", () => {
  it("reads a plain decimal with or without a leading minus; -0 and other signs go to the general path", () => {
    expect(signedOf("-205.92")).toBe(-205.92);
    expect(signedOf("-007.50")).toBe(-7.5);
    expect(signedOf("205.92")).toBe(205.92);
    for (const other of ["-0", "-0.00", "--5", "- 5", "-", "+5", "-.5", "-5.", "5-"]) {
      expect(signedOf(other)).toBeNull();
    }
  });

  it("gives parseNumberText's value bit for bit on signed decimals of any length (property)", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 22 });
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), (whole, fraction) => {
        const text = `-${fraction === undefined ? whole : `${whole}.${fraction}`}`;
        const value = signedOf(text);
        if (value !== null) expect(Object.is(value, parseNumberText(text))).toBe(true);
        else expect(parseNumberText(text) === 0).toBe(true); // only -0 is left to the general path
      }),
      { numRuns: 3000 },
    );
  });
});

describe("SimpleCellValues.isoDate", () => {
  it("reads yyyy-mm-dd with -, / or . (2021-01-05 = 44201: Python date(2021,1,5) - date(1899,12,30))", () => {
    expect(dateOf("2021-01-05")).toBe(44201);
    expect(dateOf("2021/01/05")).toBe(44201);
    expect(dateOf("2021.01-05")).toBe(44201);
    // Not real dates: null, as parseDateText; the general path reports them.
    expect(dateOf("2021-02-29")).toBeNull();
    expect(dateOf("2021-13-01")).toBeNull();
    for (const other of [
      "2021-1-5",
      " 2021-01-05",
      "2021-01-05 10:00",
      "20210105",
      "1/5/2021",
      "２０２１-01-05",
    ]) {
      expect(dateOf(other)).toBeNull();
    }
  });

  it("agrees with parseDateText on every 10-character yyyy?mm?dd text (property)", () => {
    const digit = fc.constantFrom(..."0123456789");
    const separator = fc.constantFrom("-", "/", ".");
    const text = fc
      .tuple(
        fc.array(digit, { minLength: 4, maxLength: 4 }),
        separator,
        digit,
        digit,
        separator,
        digit,
        digit,
      )
      .map(
        ([year, first, m1, m2, second, d1, d2]) => `${year.join("")}${first}${m1}${m2}${second}${d1}${d2}`,
      );
    fc.assert(
      fc.property(text, (candidate) => {
        expect(dateOf(candidate)).toBe(parseDateText(candidate));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("SimpleCellValues.isText", () => {
  it("accepts text that trim leaves alone and that cannot be an Excel error", () => {
    expect(isText("M1")).toBe(true);
    expect(isText("會員 1")).toBe(true);
    for (const other of ["", " M1", "M1 ", "M1\t", "\u00a0M1", "M1\u3000", "#N/A", "#x"]) {
      expect(isText(other)).toBe(false);
    }
  });

  it("accepts only text equal to its trimmed self (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "\t", "\u00a0", "\u2003", "\u3000", "#", "é") }),
        (text) => {
          if (isText(text)) expect(text.trim()).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("isPlainEdge", () => {
  it("is false exactly for the code units String.prototype.trim removes (all 65,536)", () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const trimmed = String.fromCharCode(code).trim() === "";
      if (isPlainEdge(code) === trimmed) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
