import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runInProcess } from "../support/cli";

const fixture = (name: string) => path.join(__dirname, "../fixtures/intake", name);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "intake-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("intake (in-process)", () => {
  it("prints exactly { rows, columns, issues } with --json", async () => {
    const { status, stdout, stderr } = await runInProcess(
      "intake",
      "--input",
      fixture("quality-blank-key.csv"),
      "--json",
    );
    expect([status, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toEqual({
      rows: 4,
      columns: [
        { name: "Member", role: "memberId", type: "text" },
        { name: "Order ID", role: "orderId", type: "text" },
        { name: "Product ID", role: "productId", type: "text" },
        { name: "Sales", role: "amount", type: "number" },
      ],
      issues: [
        {
          rule: "blankKey",
          count: 2,
          examples: [
            { row: 3, column: "Member", value: "" },
            { row: 4, column: "Order ID", value: "" },
            { row: 4, column: "Product ID", value: "" },
          ],
        },
      ],
    });
  });

  it("lets column flags override recognised roles, and prints null for a column without a role", async () => {
    const { stdout } = await runInProcess(
      "intake",
      "-i",
      fixture("english-orders.csv"),
      "--json",
      "--member",
      "Order ID",
      "--order",
      "Customer ID",
    );
    const columns = JSON.parse(stdout).columns as { name: string; role: string | null }[];
    expect(columns.slice(0, 2)).toEqual([
      { name: "Customer ID", role: "orderId", type: "text" },
      { name: "Order ID", role: "memberId", type: "text" },
    ]);
    const headerless = await runInProcess(
      "intake",
      "-i",
      fixture("english-orders.csv"),
      "--json",
      "--header",
      "no",
    );
    expect(JSON.parse(headerless.stdout).columns[0]).toEqual({ name: "Column 1", role: null, type: "text" });
  });

  it("names the discount column with --discount-column; --discount is not a column flag", async () => {
    // english-orders.csv's header row: Customer ID,Order ID,Order Date,Sales,Quantity,Discount.
    const swapped = await runInProcess(
      ...["intake", "-i", fixture("english-orders.csv"), "--json"],
      ...["--discount-column", "Quantity", "--quantity", "Discount"],
    );
    const columns = JSON.parse(swapped.stdout).columns as { name: string; role: string | null }[];
    expect(columns.slice(4)).toEqual([
      { name: "Quantity", role: "discount", type: "number" },
      { name: "Discount", role: "quantity", type: "number" },
    ]);
    const old = await runInProcess("intake", "-i", fixture("english-orders.csv"), "--discount", "Discount");
    expect(old.status).toBe(2);
    expect(old.stderr).toContain("Unknown option '--discount'");
  });

  it("prints a readable report in the chosen language", async () => {
    const { status, stdout } = await runInProcess(
      "intake",
      "--input",
      fixture("quality-negative-amount.csv"),
      "--locale",
      "zh-TW",
    );
    expect(status).toBe(0);
    expect(stdout).toContain("4 列資料 × 5 欄。");
    expect(stdout).toContain("負數金額：3");
    expect(stdout).not.toContain("negativeAmount");
    expect(stdout).toContain('第 5 列，Sales："(40)"');
  });

  it("writes the Intake sheet with --out", async () => {
    const out = path.join(dir, "intake.xlsx");
    const { status } = await runInProcess(
      "intake",
      "--input",
      fixture("chinese-tw-orders.csv"),
      "--out",
      out,
      "--locale",
      "zh-TW",
    );
    expect(status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("資料檢查") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("欄位");
    expect(sheet.getCell("A6").value).toBe("會員編號");
    expect(sheet.getCell("B6").value).toBe("會員編號");
  });

  it.each([
    [["intake", "--input", "nope.csv"], "commerce-analytics: nope.csv: no such file\n"],
    [["intake"], "commerce-analytics: --input FILE is required\n"],
    [
      ["intake", "--input", fixture("english-orders.csv"), "--member", "Nobody"],
      `commerce-analytics: ${fixture("english-orders.csv")}: tableFromGrid: no column named "Nobody" for role memberId`,
    ],
    [["intake", "--bogus"], "commerce-analytics: intake: Unknown option '--bogus'"],
    [
      ["intake", "--input", fixture("english-orders.csv"), "--locale", "fr"],
      "commerce-analytics: --locale must be one of en, zh-TW, zh-CN",
    ],
    [
      ["intake", "--input", fixture("english-orders.csv"), "--header", "maybe"],
      "commerce-analytics: --header must be auto, yes or no",
    ],
    [["frobnicate"], 'commerce-analytics: unknown command "frobnicate" (commands: intake,'],
  ])("exits 2 with one line on stderr for %j", async (argv, line) => {
    const { status, stdout, stderr } = await runInProcess(...argv);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(line)).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("prints help for the program and for a command", async () => {
    const program = await runInProcess("--help");
    expect(program.status).toBe(0);
    expect(program.stdout).toContain("intake");
    const command = await runInProcess("intake", "--help");
    expect(command.stdout).toContain("--member COL");
    expect(command.stdout).toContain("--out FILE.xlsx");
    // clv takes both: the shared column flag and its own discount rate.
    const clv = await runInProcess("clv", "--help");
    expect(clv.stdout).toMatch(/^ +--discount-column COL +column holding the discount role$/m);
    expect(clv.stdout).toMatch(/^ +--discount RATE +gammagamma: discount rate/m);
    expect((await runInProcess()).status).toBe(2);
  });
});
