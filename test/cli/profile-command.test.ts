/**
 * `profile` on test/fixtures/profile (README there; the hand calculation is written out in
 * test/src/member/profile.test.ts): 6 members, 11 orders, GMV 1200, one line without a member id.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { ProfileJson } from "../../cli/commands/profile";
import { REPO_ROOT, runInProcess, spawnCli } from "../support/cli";

const en = path.join("test/fixtures/profile", "orders-en.csv");
const zhTW = path.join("test/fixtures/profile", "orders-zh-TW.csv");

async function json(...args: string[]): Promise<ProfileJson> {
  const result = await runInProcess("profile", "--input", path.join(REPO_ROOT, en), ...args, "--json");
  expect([result.status, result.stderr]).toEqual([0, ""]);
  return result.json<ProfileJson>();
}

describe("profile (spawned)", () => {
  it("prints the groups, the top-5 share, the totals and the row counts as JSON", () => {
    const result = spawnCli("profile", "--input", en, "--by", "Region", "--json");
    expect([result.status, result.stderrLines]).toEqual([0, []]);
    const profile = result.json<ProfileJson>();
    expect(profile.by).toEqual(["Region"]);
    // Taichung M1 (O1, O2: 100 + 50 + 200); Taipei M2 (3 orders, 240) + M6 (2 orders, 100).
    expect(profile.groups[0]).toEqual({
      value: "Taichung",
      members: 1,
      memberShare: 1 / 6,
      buyers: 1,
      orders: 2,
      gmv: 350,
      gmvShare: 350 / 1200,
      aov: 175,
      ordersPerBuyer: 2,
      repeatBuyerRate: 1,
    });
    expect(profile.groups.map((group) => [group.value, group.members, group.gmv])).toEqual([
      ["Taichung", 1, 350],
      ["Taipei", 2, 340],
      ["Kaohsiung", 1, 300],
      ["Tainan", 1, 150],
      [null, 1, 60],
    ]);
    expect(profile.top5GmvShare).toBeCloseTo(1140 / 1200, 15);
    expect(profile.totals).toEqual({
      members: 6,
      buyers: 6,
      orders: 11,
      gmv: 1200,
      aov: 1200 / 11,
      ordersPerBuyer: 11 / 6,
      repeatBuyerRate: 4 / 6,
    });
    expect(profile.rows).toEqual({ read: 13, used: 12, skipped: 1 });
    expect(profile.quality).toEqual({
      blankAmountRows: 1,
      columns: [{ name: "Region", conflictingMembers: 1, invalidAgeMembers: 0 }],
    });
    expect(profile.crossTab).toBeUndefined();
  });

  it("exits 2 with one line naming the file and the unknown column", () => {
    const result = spawnCli("profile", "--input", en, "--by", "Regio", "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toEqual([
      `commerce-analytics: ${en}: --by: no column named "Regio" (columns: "Member ID", "Order ID", "Order Date", "Amount", "Region", "Gender", "Birthday", "Category", "Level")`,
    ]);
  });
});

describe("profile (in-process)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "profile-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("two columns: the second column's groups and the cross-tab of GMV shares", async () => {
    const profile = await json("--by", "Gender,Category");
    const crossTab = profile.crossTab;
    expect([crossTab?.rows, crossTab?.columns]).toEqual([
      ["F", "M", null],
      ["Shoes", "Bags", "Toys"],
    ]);
    const inGmv = (shares: readonly (number | null)[]) =>
      shares.map((share) => Math.round((share ?? 0) * 1200));
    expect(crossTab?.gmvShare.map(inGmv)).toEqual([
      [350, 400, 0],
      [0, 0, 300],
      [150, 0, 0],
    ]);
    expect(inGmv(crossTab?.rowTotals ?? [])).toEqual([750, 300, 150]);
    expect(inGmv(crossTab?.columnTotals ?? [])).toEqual([500, 400, 300]);
    expect(crossTab?.columnGroups.map((group) => [group.value, group.members, group.orders])).toEqual([
      ["Shoes", 2, 3],
      ["Bags", 2, 3],
      ["Toys", 2, 5],
    ]);
    expect(crossTab?.columnTop5GmvShare).toBe(1);
  });

  it("--age-bands and --as-of: ages on 2024-06-02 in bands 16-29, 30-49, 50+", async () => {
    const profile = await json("--by", "Birthday", "--age-bands", "16,30,50", "--as-of", "2024-06-02");
    expect(profile.asOf).toBe("2024-06-02");
    expect(profile.groups.map((group) => [group.value, group.members, group.gmv])).toEqual([
      ["16-29", 2, 390],
      ["30-49", 2, 650],
      ["50+", 1, 100],
      [null, 1, 60],
    ]);
  });

  it("a --by column whose every value is blank gives one Unknown group", async () => {
    const file = path.join(dir, "blank-note.csv");
    const lines = readFileSync(path.join(REPO_ROOT, en), "utf8").trimEnd().split("\n");
    writeFileSync(file, lines.map((line, index) => `${line},${index === 0 ? "Note" : ""}`).join("\n"));
    const result = await runInProcess("profile", "--input", file, "--by", "Note", "--json");
    expect(result.status).toBe(0);
    expect(result.json<ProfileJson>().groups.map((group) => [group.value, group.members, group.gmv])).toEqual(
      [[null, 6, 1200]],
    );
  });

  it.each<[string, string[], Record<string, string>]>([
    [
      "age bands not ascending",
      ["--by", "Region", "--age-bands", "18,35,25"],
      {
        en: "commerce-analytics: --age-bands must ascend, but 25 follows 35.",
        "zh-TW": "commerce-analytics: --age-bands 須由小到大，但 25 排在 35 之後。",
        "zh-CN": "commerce-analytics: --age-bands 须从小到大，但 25 排在 35 之后。",
      },
    ],
    [
      "three --by columns",
      ["--by", "Region,Gender,Level"],
      {
        en: "commerce-analytics: --by takes one or two different columns (got Region, Gender, Level).",
        "zh-TW": "commerce-analytics: --by 須為一或兩個不同的欄位（收到：Region, Gender, Level）。",
        "zh-CN": "commerce-analytics: --by 须为一或两个不同的列（收到：Region, Gender, Level）。",
      },
    ],
  ])("%s: exit 2, one line in the user's language", async (_case, args, lines) => {
    for (const [locale, line] of Object.entries(lines)) {
      const result = await runInProcess("profile", "--input", en, ...args, "--locale", locale);
      expect([result.status, result.stdout, result.stderrLines]).toEqual([2, "", [line]]);
    }
  });

  it("a file without a member column: exit 2 naming the role", async () => {
    const file = path.join(dir, "no-member.csv");
    const lines = readFileSync(path.join(REPO_ROOT, en), "utf8").trimEnd().split("\n");
    writeFileSync(file, lines.map((line) => line.split(",").slice(1).join(",")).join("\n"));
    const result = await runInProcess("profile", "--input", file, "--by", "Region", "--locale", "zh-TW");
    expect([result.status, result.stderrLines]).toEqual([
      2,
      [`commerce-analytics: ${file}: 用戶畫像需要「會員編號」欄位，但未辨識到：請指定。`],
    ]);
  });

  it("writes the Profile sheet with --out, in the user's language", async () => {
    const out = path.join(dir, "profile.xlsx");
    const result = await runInProcess(
      "profile",
      "--input",
      zhTW,
      "--by",
      "地區,性別",
      "--locale",
      "zh-TW",
      "--out",
      out,
    );
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain("會員依地區分布");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["用戶畫像"]);
  });
});
