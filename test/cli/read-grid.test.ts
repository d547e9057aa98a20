import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readGrid } from "../../cli/io/read-grid";

const fixture = (name: string) => path.join(__dirname, "../fixtures/intake", name);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "intake-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string; file?: string };
  }
  throw new Error("expected a failure");
};

describe("readGrid: CSV", () => {
  it("drops a UTF-8 BOM so the first header is clean", async () => {
    const source = await readGrid(fixture("bom.csv"));
    expect(source.grid.values[0]).toEqual(["Customer ID", "Sales"]);
    expect(source).toMatchObject({ format: "csv", delimiter: ",", sheetName: null });
  });

  it("detects tab and semicolon delimiters", async () => {
    const tab = await readGrid(fixture("tab.tsv"));
    expect(tab.delimiter).toBe("\t");
    expect(tab.grid.values[1]).toEqual(["C1", "2021-01-05", "1,234.50"]);
    const semicolon = await readGrid(fixture("semicolon.csv"));
    expect(semicolon.delimiter).toBe(";");
    expect(semicolon.grid.values).toEqual([
      ["Customer ID", "Order Date", "Sales"],
      ["C1", "2021-01-05", "12"],
      ["C2", "2021-01-06", "7.5"],
    ]);
  });

  it("decodes another encoding on request, detects GB18030, refuses bytes in no known encoding", async () => {
    const file = path.join(dir, "gbk.csv");
    // "会员编号,金额\nM1,5\n" in GB18030: 会 BBE1 员 D4B1 编 B1E0 号 BAC5, 金 BDF0 额 B6EE.
    const bytes = Buffer.from("bbe1d4b1b1e0bac52cbdf0b6ee0a4d312c350a", "hex");
    writeFileSync(file, bytes);
    expect((await readGrid(file, { encoding: "gb18030" })).grid.values[0]).toEqual(["会员编号", "金额"]);
    const detected = await readGrid(file);
    expect(detected.grid.values[0]).toEqual(["会员编号", "金额"]);
    expect(detected).toMatchObject({ encoding: "gb18030", encodingDetected: true });
    // A lead byte 0x81 before a line break is no character in UTF-8, Big5 or GB18030.
    writeFileSync(file, Uint8Array.of(0x61, 0x2c, 0x81, 0x0a));
    const error = await failure(readGrid(file));
    expect(error.message).toBe(
      'is not UTF-8, Big5 or GB18030 text (save it as "CSV UTF-8", or pass --encoding NAME)',
    );
  });

  it("reports missing, empty and unclosed-quote files as CliError naming the file", async () => {
    expect(await failure(readGrid(path.join(dir, "missing.csv")))).toMatchObject({
      name: "CliError",
      message: "no such file",
    });
    writeFileSync(path.join(dir, "empty.csv"), "");
    expect((await failure(readGrid(path.join(dir, "empty.csv")))).message).toBe("the file is empty");
    writeFileSync(path.join(dir, "blank.csv"), "\n \n");
    expect((await failure(readGrid(path.join(dir, "blank.csv")))).message).toContain("only blank lines");
    writeFileSync(path.join(dir, "quote.csv"), 'a,b\n1,"oops\n2,3\n');
    expect((await failure(readGrid(path.join(dir, "quote.csv")))).message).toContain("line 2");
    expect((await failure(readGrid(dir))).message).toContain("directory");
    expect((await failure(readGrid(fixture("bom.csv"), { sheet: "x" }))).message).toContain("--sheet");
  });
});

describe("readGrid: XLSX", () => {
  let file: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").getCell("A1").value = "read me";
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["會員編號", "訂單日期", "金額", "Formula", "Link"]);
    sheet.addRow([
      "M1",
      new Date(Date.UTC(2021, 0, 5)),
      1280,
      { formula: "C2*2", result: 2560 },
      { text: "site", hyperlink: "https://example.com" },
    ]);
    sheet.addRow([
      "M2",
      new Date(Date.UTC(2021, 0, 6)),
      { error: "#N/A" },
      { richText: [{ text: "a" }, { text: "b" }] },
      null,
    ]);
    sheet.getCell("B2").numFmt = "yyyy-mm-dd";
    sheet.getCell("B3").numFmt = "yyyy-mm-dd";
    file = path.join(dir, "book.xlsx");
    await workbook.xlsx.writeFile(file);
  });

  it("reads the named sheet: Dates, formula results, error and rich text cells, number formats", async () => {
    const source = await readGrid(file, { sheet: "orders" });
    expect(source.sheetName).toBe("Orders");
    expect(source.format).toBe("xlsx");
    expect(source.grid.values).toEqual([
      ["會員編號", "訂單日期", "金額", "Formula", "Link"],
      ["M1", new Date(Date.UTC(2021, 0, 5)), 1280, 2560, "site"],
      ["M2", new Date(Date.UTC(2021, 0, 6)), "#N/A", "ab", null],
    ]);
    expect(source.grid.numberFormats?.[1]?.[1]).toBe("yyyy-mm-dd");
  });

  it("reads the first sheet by default and names the sheets when one is unknown", async () => {
    expect((await readGrid(file)).sheetName).toBe("Notes");
    const error = await failure(readGrid(file, { sheet: "Sales" }));
    expect(error.message).toBe('no sheet named "Sales" (sheets: "Notes", "Orders")');
  });

  it("refuses legacy .xls and broken workbooks", async () => {
    const xls = path.join(dir, "old.xls");
    writeFileSync(xls, Buffer.from("d0cf11e0a1b11ae1", "hex"));
    expect((await failure(readGrid(xls))).message).toContain("legacy .xls");
    const broken = path.join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.from("garbage")]));
    expect((await failure(readGrid(broken))).message).toContain("not a readable .xlsx");
  });
});
