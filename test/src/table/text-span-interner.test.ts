import fc from "fast-check";
import { TextSpanInterner } from "../../../src/table/text-span-interner";

describe("TextSpanInterner", () => {
  it("codes spans and strings by their text, in order of first sight", () => {
    const text = "M1,M22,M1,,會員,M22";
    const interner = new TextSpanInterner(text, 2);
    expect(interner.codeOfSpan(0, 2)).toBe(0); // M1
    expect(interner.codeOfSpan(3, 6)).toBe(1); // M22
    expect(interner.codeOfSpan(7, 9)).toBe(0); // M1 again
    expect(interner.codeOfSpan(10, 10)).toBe(2); // "" is a value like any other
    expect(interner.codeOfSpan(11, 13)).toBe(3); // 會員
    expect(interner.codeOfString("M22")).toBe(1);
    expect(interner.codeOfString("M3")).toBe(4);
    expect(interner.dictionary).toEqual(["M1", "M22", "", "會員", "M3"]);
  });

  it("gives equal codes exactly to equal strings, past many growths of its table (property)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "1", "會", " "), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean()), { maxLength: 300 }), (cells) => {
        const text = cells.map(([value]) => value).join(",");
        const interner = new TextSpanInterner(text, 1);
        const reference = new Map<string, number>();
        let start = 0;
        for (const [value, asString] of cells) {
          const code = asString
            ? interner.codeOfString(value)
            : interner.codeOfSpan(start, start + value.length);
          if (!reference.has(value)) reference.set(value, reference.size);
          expect(code).toBe(reference.get(value));
          start += value.length + 1;
        }
        expect(interner.dictionary).toEqual([...reference.keys()]);
      }),
      { numRuns: 200 },
    );
  });
});
