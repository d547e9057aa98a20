import { isoDateMemo } from "../../cli/iso-date-memo";

describe("isoDateMemo", () => {
  // Excel: =TEXT(45291, "yyyy-mm-dd") is 2023-12-31 and =TEXT(45291.5, "yyyy-mm-ddThh:mm:ss") 2023-12-31T12:00:00.
  it("formats a serial as isoFromExcelSerial does, the same text on every call", () => {
    const iso = isoDateMemo();
    const first = iso(45291);
    expect(first).toBe("2023-12-31");
    expect(iso(45291)).toBe(first);
    expect(iso(45291.5)).toBe("2023-12-31T12:00:00");
  });

  it("throws SERIAL_OUT_OF_RANGE for a serial before day 1, every time", () => {
    const iso = isoDateMemo();
    expect(() => iso(0)).toThrow(expect.objectContaining({ code: "SERIAL_OUT_OF_RANGE" }));
    expect(() => iso(0)).toThrow(expect.objectContaining({ code: "SERIAL_OUT_OF_RANGE" }));
  });
});
