import { isCommonChineseCharacter } from "../../fileio/common-hanzi";

describe("isCommonChineseCharacter", () => {
  it("takes the first and last characters of the two standards' common ranges", () => {
    // Big5 0xA440 is 一 and 0xC67E 籲 (the last 常用字); GB 2312 0xB0A1 is 啊 and 0xD7F9 座 (the last 一级汉字).
    for (const character of ["一", "籲", "啊", "座"]) expect(isCommonChineseCharacter(character)).toBe(true);
  });

  it("leaves out kana, box drawing and rare ideographs, keeps full-width punctuation", () => {
    // 亍 is GB 2312 level 2 (0xD8A1) and not among Big5's common characters (Big5 次常用字 0xC948).
    for (const character of ["ぃ", "┌", "亍"]) expect(isCommonChineseCharacter(character)).toBe(false);
    for (const character of ["，", "：", "（"]) expect(isCommonChineseCharacter(character)).toBe(true);
  });
});
