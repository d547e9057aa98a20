import { glossaryViolations, type GlossaryEntry } from "../../../../src/i18n/glossary/glossary-entry";
import { ZH_CN_GLOSSARY } from "../../../../src/i18n/glossary/zh-CN";
import { ZH_TW_GLOSSARY } from "../../../../src/i18n/glossary/zh-TW";

// The variants are the ones issue 12 (item 12) saw mixed in the catalogues.
const found = (text: string, glossary: readonly GlossaryEntry[]) =>
  glossaryViolations(text, glossary).map((hit) => `${hit.found}→${hit.term}`);

describe("glossaryViolations", () => {
  it("finds zh-CN's 聚类 / 簇 / 类 for segments and 拐点 / 肘点 for the elbow point", () => {
    expect(found("建议聚类数：5。", ZH_CN_GLOSSARY)).toEqual(["聚类→群", "聚类数→分群数"]);
    expect(found("簇内平方和", ZH_CN_GLOSSARY)).toEqual(["簇→群", "簇内平方和→群内平方和"]);
    expect(found("第 {k} 类", ZH_CN_GLOSSARY)).toEqual(["第 {k} 类→群"]);
    expect(found("没有明显拐点", ZH_CN_GLOSSARY)).toEqual(["拐点→肘部点"]);
    expect(found("◀ 肘点", ZH_CN_GLOSSARY)).toEqual(["肘点→肘部点"]);
  });

  it("finds zh-TW's 拐點 / 肘點 and 銷售額等級, and the mislabelled average", () => {
    expect(found("沒有明顯拐點", ZH_TW_GLOSSARY)).toEqual(["拐點→手肘點"]);
    expect(found("◀ 肘點", ZH_TW_GLOSSARY)).toEqual(["肘點→手肘點"]);
    expect(found("銷售額等級", ZH_TW_GLOSSARY)).toEqual(["銷售額等級→消費金額等級"]);
    expect(found("平均訂單金額（每位會員）", ZH_TW_GLOSSARY)).toEqual([
      "平均訂單金額（每位會員）→每位會員平均消費金額",
    ]);
  });

  it("accepts the terms themselves and words that only contain a variant's character", () => {
    expect(found("群內平方和的手肘點在 k = 4；第 2 群；手肘圖", ZH_TW_GLOSSARY)).toEqual([]);
    expect(
      found("肘部图：各分群数的群内平方和；肘部点；品类；类目；类型；发现 3 类问题", ZH_CN_GLOSSARY),
    ).toEqual([]);
    expect(found("每位會員平均消費金額；消費金額等級", ZH_TW_GLOSSARY)).toEqual([]);
  });

  it("keeps one term per concept: no concept twice, no term forbidden by its own locale", () => {
    for (const glossary of [ZH_TW_GLOSSARY, ZH_CN_GLOSSARY]) {
      const concepts = glossary.map((entry) => entry.concept);
      expect(new Set(concepts).size).toBe(concepts.length);
      for (const entry of glossary) expect(found(entry.term, glossary)).toEqual([]);
    }
  });
});
