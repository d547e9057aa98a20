import { inferColumnType } from "../../../src/table/infer-type";

const typeOf = (cells: unknown[], header = "x", formats?: string[]) =>
  inferColumnType(cells, formats, { header }).type;

describe("inferColumnType", () => {
  it("finds booleans, dates, numbers, then text, in that order", () => {
    expect(typeOf([true, "FALSE", "true"])).toBe("boolean");
    expect(typeOf(["2021-01-05", "2021/1/6"])).toBe("date");
    expect(typeOf([new Date(Date.UTC(2021, 0, 5))])).toBe("date");
    expect(typeOf([1, "2", "3.5%"])).toBe("number");
    expect(typeOf(["a", 1])).toBe("text");
  });

  it("needs 90% of the non-blank, non-error values: 9 of 10 is a number column, 8 of 10 is text", () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9, "x"];
    const eight = [1, 2, 3, 4, 5, 6, 7, 8, "x", "y"];
    expect(typeOf(nine)).toBe("number");
    expect(typeOf(eight)).toBe("text");
    // Blanks and error values are not counted: 9 numbers and "x" among them is still 90%.
    expect(typeOf([...nine, "", null, "#N/A"])).toBe("number");
    expect(typeOf([...eight, "", "", ""])).toBe("text");
  });

  it("reads a number as a date only with a date number format", () => {
    expect(typeOf([44201, 44202], "x", ["yyyy-mm-dd", "m/d/yyyy"])).toBe("date");
    expect(typeOf([44201, 44202], "x", ["General", "0.00"])).toBe("number");
  });

  it("accepts yyyymmdd under a date-like header or when every value is one", () => {
    expect(typeOf([20210105, 20210106])).toBe("date");
    expect(typeOf([20210105, 20210106, 5])).toBe("number");
    const nineDays = [
      20210101,
      20210102,
      20210103,
      20210104,
      20210105,
      20210106,
      20210107,
      20210108,
      "20210109",
    ];
    expect(typeOf([...nineDays, "x"], "下单日期")).toBe("date");
    expect(typeOf([...nineDays, "x"], "code")).toBe("number");
  });

  it("chooses day-first for the whole column when some value has a day above 12", () => {
    const reading = inferColumnType(["1/5/2021", "25/12/2021"], undefined, { header: "d" });
    expect(reading).toMatchObject({ type: "date", dayOrder: "dmy" });
    expect(inferColumnType(["1/5/2021"], undefined, { header: "d" }).dayOrder).toBe("mdy");
  });

  it("keeps a known type and treats plain numbers as serials in a known date column", () => {
    const reading = inferColumnType(["a"], undefined, { header: "x", knownType: "date" });
    expect(reading).toMatchObject({ type: "date", plainNumbersAreSerials: true, allowCompact: true });
  });

  it("calls an empty column text", () => {
    expect(typeOf(["", null, undefined])).toBe("text");
  });
});
