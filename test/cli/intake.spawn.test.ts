import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { spawnCli } from "../support/cli";

// The real entry (bin/commerce-analytics.cjs → tsx → cli/main.ts), as `npm run cli --` and the bin run it.
// Each spawn costs about half a second, so the cases are few; the rest is covered in-process (program.test.ts).
const fixture = (name: string) => path.join("test/fixtures/intake", name);

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "intake-spawn-"));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Orders");
  sheet.addRow(["会员编号", "订单日期", "金额"]);
  sheet.addRow(["U1", new Date(Date.UTC(2021, 0, 5)), 99]);
  sheet.getCell("B2").numFmt = "yyyy-mm-dd";
  workbook = path.join(dir, "orders.xlsx");
  await book.xlsx.writeFile(workbook);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commerce-analytics intake (spawned)", () => {
  it("maps the English and Chinese exports' roles through the real entry", () => {
    const english = spawnCli("intake", "--input", fixture("english-orders.csv"), "--json");
    expect(english.status).toBe(0);
    const roles = english.json<{ columns: { role: string | null }[] }>().columns.map((c) => c.role);
    expect(roles).toEqual(["memberId", "orderId", "orderDate", "amount", "quantity", "discount"]);
    const chinese = spawnCli("intake", "--input", fixture("chinese-tw-orders.csv"), "--json");
    expect(JSON.parse(chinese.stdout)).toEqual({
      rows: 3,
      columns: [
        { name: "會員編號", role: "memberId", type: "text" },
        { name: "訂單日期", role: "orderDate", type: "date" },
        { name: "金額", role: "amount", type: "number" },
      ],
      issues: [],
      shape: "orderLines",
    });
  });

  it.each([
    ["bom.csv", "Customer ID", 2],
    ["tab.tsv", "Customer ID", 2],
    ["semicolon.csv", "Customer ID", 2],
  ])("reads %s", (name, firstColumn, rows) => {
    const result = spawnCli("intake", "--input", fixture(name), "--json");
    const parsed = JSON.parse(result.stdout) as { rows: number; columns: { name: string; role: string }[] };
    expect(parsed.rows).toBe(rows);
    expect(parsed.columns[0]).toMatchObject({ name: firstColumn, role: "memberId" });
  });

  it("reads a sheet of an .xlsx workbook", () => {
    const result = spawnCli("intake", "--input", workbook, "--sheet", "Orders", "--json");
    expect(JSON.parse(result.stdout).columns.map((c: { type: string }) => c.type)).toEqual([
      "text",
      "date",
      "number",
    ]);
  });

  it.each([
    [
      ["--input", "test/fixtures/intake/missing.csv"],
      "commerce-analytics: test/fixtures/intake/missing.csv: no such file",
    ],
    [
      ["--input", fixture("header-only.csv")],
      `commerce-analytics: ${fixture("header-only.csv")}: The selection has a header row (row 1) but no data rows below it: select the header and at least one row of data.`,
    ],
    [["--sheet", "Nope"], 'no sheet named "Nope" (sheets: "Orders")'],
  ])("exits 2 with one line on stderr: %j", (args, expected) => {
    const argv = args[0] === "--sheet" ? ["--input", workbook, ...args] : args;
    const result = spawnCli("intake", ...argv, "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toContain(expected);
  });
});
