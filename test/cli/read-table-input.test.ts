import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readGrid } from "../../cli/io/read-grid";
import { readTableInput } from "../../cli/io/read-table-input";
import { tableFromGrid } from "../../src/table/table-from-grid";
import { tableFromTextCells } from "../../src/table/table-from-text-cells";

// readTableInput must describe the file as readGrid does (readGrid is the reference), and its CSV cells must
// type to the table tableFromGrid makes of readGrid's grid.
const folder = path.join(__dirname, "../fixtures/intake");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "table-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const { name, message, file } = error as { name: string; message: string; file?: string };
    return `${name}: ${file}: ${message}`;
  }
  return "no error";
}

describe("readTableInput", () => {
  it.each(readdirSync(folder).filter((name) => /\.(csv|tsv)$/.test(name)))(
    "%s: readGrid's source fields, its grid on demand, and cells typing to tableFromGrid's table",
    async (name) => {
      const file = path.join(folder, name);
      const reference = await readGrid(file);
      const { source, cells } = await readTableInput(file);
      expect(source).toMatchObject({ file, format: "csv", sheetName: null, delimiter: reference.delimiter });
      expect(source.grid).toEqual(reference.grid);
      expect(cells).not.toBeNull();
      const table = (build: () => unknown) => {
        try {
          return build();
        } catch (error) {
          return (error as Error).message;
        }
      };
      expect(table(() => tableFromTextCells(cells!))).toEqual(table(() => tableFromGrid(reference.grid)));
    },
  );

  it("reads a workbook through readGrid's path (no cells)", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Orders").addRow(["會員編號", "金額"]);
    book.getWorksheet("Orders")?.addRow(["U1", 99]);
    const file = path.join(dir, "book.xlsx");
    await book.xlsx.writeFile(file);
    const { source, cells } = await readTableInput(file);
    expect(cells).toBeNull();
    expect(source).toEqual(await readGrid(file));
  });

  it("refuses what readGrid refuses, with its words", async () => {
    const xls = path.join(dir, "old.xls");
    writeFileSync(xls, Buffer.from("d0cf11e0a1b11ae1", "hex"));
    const blank = path.join(dir, "blank.csv");
    writeFileSync(blank, "\n \n");
    const cases: [string, { sheet?: string; encoding?: string }][] = [
      [path.join(dir, "missing.csv"), {}],
      [dir, {}],
      [xls, {}],
      [blank, {}],
      [path.join(folder, "bom.csv"), { sheet: "x" }],
      [path.join(folder, "bom.csv"), { encoding: "klingon" }],
    ];
    for (const [file, options] of cases) {
      const expected = await failure(readGrid(file, options));
      expect(expected).not.toBe("no error");
      expect(await failure(readTableInput(file, options))).toBe(expected);
    }
  });
});
