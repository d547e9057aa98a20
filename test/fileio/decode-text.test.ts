import { commonShare, decodeText } from "../../fileio/decode-text";
import { FileError } from "../../fileio/file-error";
import { legacyBytes } from "../support/legacy-encodings";

/** A Traditional Chinese export (Taiwan) and a Simplified one (mainland), as a user's files would be. */
const TRADITIONAL =
  "會員編號,訂單日期,訂單編號,商品名稱,金額\nM001,2021/03/05,A1,保溫杯,1280\nM002,2021/03/06,A2,運動鞋,2350\n";
const SIMPLIFIED =
  "会员编号,订单日期,订单编号,商品名称,金额\nM001,2021/03/05,A1,保温杯,1280\nM002,2021/03/06,A2,运动鞋,2350\n";

describe("decodeText", () => {
  it("reads valid UTF-8 as UTF-8 (a BOM dropped), without a guess", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TRADITIONAL)]);
    expect(decodeText(bytes, "a.csv")).toEqual({ text: TRADITIONAL, encoding: "utf-8", detected: false });
  });

  it("detects a Big5 file and reads it right", () => {
    expect(decodeText(legacyBytes(TRADITIONAL, "big5"), "tw.csv")).toEqual({
      text: TRADITIONAL,
      encoding: "big5",
      detected: true,
    });
  });

  it("detects a GB18030 file and reads it right", () => {
    expect(decodeText(legacyBytes(SIMPLIFIED, "gb18030"), "cn.csv")).toEqual({
      text: SIMPLIFIED,
      encoding: "gb18030",
      detected: true,
    });
  });

  it("reads exactly the encoding the user names, even when it is the wrong one", () => {
    const big5 = legacyBytes(TRADITIONAL, "big5");
    expect(decodeText(big5, "tw.csv", "big5")).toEqual({
      text: TRADITIONAL,
      encoding: "big5",
      detected: false,
    });
    const forced = decodeText(big5, "tw.csv", "gb18030");
    expect(forced.encoding).toBe("gb18030");
    expect(forced.detected).toBe(false);
    expect(forced.text).not.toContain("會員編號");
  });

  it("refuses bytes that are none of UTF-8, Big5 and GB18030, naming the file", () => {
    // A lead byte 0x81 followed by a line break is a character in none of the three.
    const attempt = () => decodeText(Uint8Array.of(0x61, 0x2c, 0x81, 0x0a), "bad.csv");
    expect(attempt).toThrow(FileError);
    expect(attempt).toThrow(
      'is not UTF-8, Big5 or GB18030 text (save it as "CSV UTF-8", or pass --encoding NAME)',
    );
    expect(() => decodeText(Uint8Array.of(0x61), "a.csv", "klingon")).toThrow(
      'unknown text encoding "klingon"',
    );
  });
});

describe("commonShare", () => {
  it("counts common characters among the non-ASCII ones", () => {
    // 訂 and 單 are Big5 常用字; ぃ (hiragana) is in neither list; ASCII is not counted.
    expect(commonShare("訂單,金額")).toBe(1);
    expect(commonShare("訂ぃ")).toBe(0.5);
    expect(commonShare("abc")).toBe(0);
  });
});
