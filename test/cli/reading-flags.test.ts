/**
 * European numbers, day/month order and legacy encodings through the command line (issue 11, items 3 and 4).
 * Expected values are worked out by hand in the comments: amounts summed per member, recency = days from
 * the order to "as of" (the day after the latest order).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInProcess } from "../support/cli";
import { legacyBytes } from "../support/legacy-encodings";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "reading-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

interface RfmMember {
  readonly memberId: string;
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
}
async function rfmMembers(...argv: string[]): Promise<{ asOf: string; members: RfmMember[] }> {
  const { status, stdout, stderr } = await runInProcess("rfm", ...argv, "--json");
  expect([status, stderr]).toEqual([0, ""]);
  const json = JSON.parse(stdout) as { asOf: string; members: RfmMember[] };
  return {
    asOf: json.asOf,
    members: json.members.map(({ memberId, recencyDays, frequency, monetary }) => ({
      memberId,
      recencyDays,
      frequency,
      monetary,
    })),
  };
}

describe("a semicolon file with decimal commas and day-first dates", () => {
  // 13/04/2021 decides day first. M1 = 1.234,50 + 7 = 1241.5; "2.000" in a semicolon file is 2000.
  // As of 6 May 2021: M1 5 May → 1 day; M2 3 April → 27 + 6 = 33; M3 1 February → 27 + 31 + 30 + 6 = 94.
  const EUROPEAN =
    "Member ID;Order date;Amount\nM1;13/04/2021;1.234,50\nM2;03/04/2021;10,25\nM1;05/05/2021;7\nM3;01/02/2021;2.000\n";

  it("reads the amounts and dates right", async () => {
    expect(await rfmMembers("--input", write("eu.csv", EUROPEAN))).toEqual({
      asOf: "2021-05-06",
      members: [
        { memberId: "M1", recencyDays: 1, frequency: 2, monetary: 1241.5 },
        { memberId: "M2", recencyDays: 33, frequency: 1, monetary: 10.25 },
        { memberId: "M3", recencyDays: 94, frequency: 1, monetary: 2000 },
      ],
    });
  });

  it("says in the quality report which styles were read, per file and per column", async () => {
    const { status, stdout } = await runInProcess("intake", "--input", write("eu.csv", EUROPEAN));
    expect(status).toBe(0);
    expect(stdout).toContain(
      "Semicolon-separated file: numbers are read with a decimal comma (1.234,5) unless a column's values say otherwise.",
    );
    expect(stdout).toContain("Order date: dates read day/month/year.");
    expect(stdout).toContain("Amount: numbers read with a decimal comma (1.234,5 = 1234.5).");
    const zh = await runInProcess("intake", "--input", write("eu.csv", EUROPEAN), "--locale", "zh-TW");
    expect(zh.stdout).toContain("Amount：數字以逗號作小數點讀取（1.234,5 = 1234.5）。");
  });

  it("--number-style dot reads 2.000 as two", async () => {
    // Every amount reads both ways: the semicolon file's default (decimal comma) makes them thousands.
    const file = write("dots.csv", "Member ID;Order date;Amount\nM1;2021-04-13;2.000\nM2;2021-04-14;1.250\n");
    expect((await rfmMembers("--input", file)).members.map((member) => member.monetary)).toEqual([
      2000, 1250,
    ]);
    expect(
      (await rfmMembers("--input", file, "--number-style", "dot")).members.map((member) => member.monetary),
    ).toEqual([2, 1.25]);
  });
});

describe("day/month order", () => {
  it("reads a month-first file (04/13/2021 decides)", async () => {
    // M2 3 April, as of 6 May 2021 → 33 days.
    const file = write(
      "mdy.csv",
      "Member ID,Order date,Amount\nM1,04/13/2021,5\nM2,04/03/2021,6\nM1,05/05/2021,7\n",
    );
    expect((await rfmMembers("--input", file)).members.map((member) => member.recencyDays)).toEqual([1, 33]);
    expect((await runInProcess("intake", "--input", file)).stdout).toContain(
      "Order date: dates read month/day/year.",
    );
  });

  it("reports an undecidable column as assumed month first, and --day-order dmy overrides it", async () => {
    const file = write("undecided.csv", "Member ID,Order date,Amount\nM1,03/04/2021,5\nM2,04/05/2021,6\n");
    // Month first: M2 5 April → as of 6 April; M1 4 March → 27 + 6 = 33 days.
    expect(await rfmMembers("--input", file)).toMatchObject({
      asOf: "2021-04-06",
      members: [{ recencyDays: 33 }, { recencyDays: 1 }],
    });
    // Day first: M2 4 May → as of 5 May; M1 3 April → 27 + 5 = 32 days.
    expect(await rfmMembers("--input", file, "--day-order", "dmy")).toMatchObject({
      asOf: "2021-05-05",
      members: [{ recencyDays: 32 }, { recencyDays: 1 }],
    });
    const intake = await runInProcess("intake", "--input", file);
    expect(intake.stdout).toContain(
      "Order date: dates read month/day/year, assumed: no value has a part above 12.",
    );
    expect(intake.stdout).toContain("Day order assumed: 2");
  });

  it("refuses a bad flag value with one line", async () => {
    const file = write("plain.csv", "Member ID,Order date,Amount\nM1,2021-04-13,5\n");
    const { status, stderr } = await runInProcess("rfm", "--input", file, "--day-order", "ymd");
    expect([status, stderr]).toEqual([
      2,
      'commerce-analytics: --day-order must be dmy (day first) or mdy (month first) (got "ymd")\n',
    ]);
  });
});

describe("legacy encodings", () => {
  const TRADITIONAL = "會員編號,訂單日期,金額\nM1,2021-04-13,1280\nM2,2021-04-14,350\nM1,2021-05-05,20\n";
  const SIMPLIFIED = "会员编号,订单日期,金额\nM1,2021-04-13,1280\nM2,2021-04-14,350\nM1,2021-05-05,20\n";
  // M1 = 1280 + 20 = 1300, M2 = 350, whatever the encoding.
  const expectedMonetary = [1300, 350];

  it.each([
    ["Big5", "big5", TRADITIONAL],
    ["GB18030", "gb18030", SIMPLIFIED],
  ] as const)("detects a %s file, reads it and says so", async (_label, encoding, text) => {
    const file = write(`${encoding}.csv`, legacyBytes(text, encoding));
    const json = await runInProcess("rfm", "--input", file, "--json");
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as { members: RfmMember[]; inputEncoding: unknown };
    expect(parsed.members.map((member) => member.monetary)).toEqual(expectedMonetary);
    expect(parsed.inputEncoding).toEqual({ file, encoding, detected: true });
    const textRun = await runInProcess("rfm", "--input", file);
    expect(textRun.stderr).toBe(
      `commerce-analytics: ${file}: not UTF-8; read as ${encoding} (pass --encoding NAME to choose another)\n`,
    );
    const intake = await runInProcess("intake", "--input", file);
    expect(intake.stdout).toContain(
      `read as ${encoding === "big5" ? "Big5" : "GB18030"}, chosen from its characters`,
    );
  });

  it("--encoding still decides: the named encoding is read, with no note", async () => {
    const file = write("tw.csv", legacyBytes(TRADITIONAL, "big5"));
    const named = await runInProcess("intake", "--input", file, "--encoding", "big5", "--json");
    expect(named.stderr).toBe("");
    expect(JSON.parse(named.stdout)).not.toHaveProperty("inputEncoding");
    const wrong = await runInProcess("intake", "--input", file, "--encoding", "gb18030", "--json");
    const columns = (JSON.parse(wrong.stdout) as { columns: { name: string }[] }).columns;
    expect(columns.map((column) => column.name)).not.toContain("會員編號");
  });

  it("refuses a file that is none of UTF-8, Big5, GB18030 with one line naming it", async () => {
    const file = write("neither.csv", Uint8Array.of(0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x81, 0x0a));
    const { status, stderr } = await runInProcess("intake", "--input", file);
    expect([status, stderr]).toEqual([
      2,
      `commerce-analytics: ${file}: is not UTF-8, Big5 or GB18030 text (save it as "CSV UTF-8", or pass --encoding NAME)\n`,
    ]);
  });
});
