import { textHeading, textPair } from "../../cli/text-heading";
import { runInProcess } from "../support/cli";

describe("text output headings and data-quality lines", () => {
  it("end an English title with ':' and a Chinese one with '：'", () => {
    expect(textHeading("Data quality")).toBe("Data quality:");
    expect(textHeading("資料品質")).toBe("資料品質：");
    expect(textHeading("KPI（促銷）")).toBe("KPI（促銷）：");
    expect(textPair("Blank ID", 1)).toBe("Blank ID: 1");
    expect(textPair("第 15 列，Member ID", '""')).toBe('第 15 列，Member ID：""');
  });

  it("intake names each problem and its rows in the user's language, without the rule's internal key", async () => {
    const zh = await runInProcess(
      "intake",
      "--input",
      "test/fixtures/member-cli/orders.csv",
      "--locale",
      "zh-TW",
    );
    expect(zh.status).toBe(0);
    // The fixture's row 15 has no member id; rows 12-15 have no registration date (test/fixtures/member-cli).
    expect(zh.stdout).toContain('資料品質：\n  編號空白：1\n      第 15 列，Member ID：""');
    expect(zh.stdout).not.toMatch(/blankKey|blankValue|\brow \d/);
    const en = await runInProcess("intake", "--input", "test/fixtures/member-cli/orders.csv");
    expect(en.stdout).toContain('Data quality:\n  Blank ID: 1\n      row 15, Member ID: ""');
  });
});
