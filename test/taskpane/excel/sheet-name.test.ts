import { sanitizeSheetName, uniqueSheetName } from "../../../taskpane/excel/sheet-name";

describe("sheet names", () => {
  test("characters Excel refuses become _, edges lose blanks and apostrophes, 31 characters at most", () => {
    expect(sanitizeSheetName("Q1/Q2 [draft]")).toBe("Q1_Q2 _draft_");
    expect(sanitizeSheetName(" 'quoted' ")).toBe("quoted");
    expect(sanitizeSheetName("a:b\\c?d*e")).toBe("a_b_c_d_e");
    expect(sanitizeSheetName("x".repeat(40))).toBe("x".repeat(31));
    expect(sanitizeSheetName("  ")).toBe("Result");
  });

  test("the first free name among base, base (2), base (3)..., compared without regard to case", () => {
    expect(uniqueSheetName("Segments", [])).toBe("Segments");
    expect(uniqueSheetName("Segments", ["segments"])).toBe("Segments (2)");
    expect(uniqueSheetName("Segments", ["Segments", "SEGMENTS (2)"])).toBe("Segments (3)");
    expect(uniqueSheetName("分群", ["分群"])).toBe("分群 (2)");
  });

  test('"History" is reserved by Excel, so it is never chosen', () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });

  test("a long base is shortened so the suffix fits in 31 characters", () => {
    const base = "Promotion keep or clear decision";
    expect(base.length).toBe(32);
    const first = uniqueSheetName(base, []);
    const second = uniqueSheetName(base, [first]);
    expect(first).toBe("Promotion keep or clear decisio");
    // 31 - " (2)".length = 27 characters of the base, trailing blank trimmed: "Promotion keep or clear dec".
    expect(second).toBe("Promotion keep or clear dec (2)");
    expect(second.length).toBe(31);
  });
});
