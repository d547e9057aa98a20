import { progressText } from "../../../taskpane/components/progress-text";

// Expected lines written out by hand from the catalog (taskpane/i18n/flow-messages.ts); 0.4 → 40 %, 0.555 → 56 %.
describe("progressText: the step and how far, never a bare 'Running…' (issue 12, item 10)", () => {
  it("reading, with the row count grouped in the user's locale", () => {
    expect(progressText("en", { fraction: 0.4, stage: "reading", count: 200000 })).toBe(
      "Reading 200,000 rows… 40 %",
    );
    expect(progressText("zh-TW", { fraction: 0.4, stage: "reading", count: 200000 })).toBe(
      "正在讀取 200,000 列…40%",
    );
    expect(progressText("zh-CN", { fraction: 0.4, stage: "reading", count: 200000 })).toBe(
      "正在读取 200,000 行…40%",
    );
  });

  it("the elbow sweep's k out of the largest k", () => {
    expect(progressText("en", { fraction: 0.555, stage: "k", count: 6, total: 10 })).toBe(
      "Clustering: k = 6 of 10… 56 %",
    );
    expect(progressText("zh-CN", { fraction: 0.555, stage: "k", count: 6, total: 10 })).toBe(
      "分群中：k = 6（共 10）…56%",
    );
  });

  it("writing the sheets; before the first message; a feature's own worded stage as it is", () => {
    expect(progressText("en", { fraction: 1, stage: "writing" })).toBe("Writing sheets… 100 %");
    expect(progressText("zh-TW", null)).toBe("正在開始…");
    expect(progressText("en", { fraction: 0.2, stage: "Comparing the years…" })).toBe(
      "Comparing the years… 20 %",
    );
  });
});
