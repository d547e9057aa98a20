import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { roleOverridesFromFlags } from "../../cli/column-flags";
import { loadTable } from "../../cli/load-table";
import { readingOptionsFromFlags } from "../../cli/reading-flags";
import { parseCsv } from "../../fileio/read-csv";
import { tableFromGrid } from "../../src/table/table-from-grid";
import type { Table } from "../../src/table/types";

// loadTable reads a CSV on its fast path (cells kept as offsets, clean cells typed on them). The reference is
// the general path: papaparse's grid of strings (parseCsv) typed cell by cell by tableFromGrid, whose own tests
// check it against hand-worked values. Both must give the same table, quality report and errors.
type Outcome = { readonly table: Table } | { readonly message: string };

const folder = mkdtempSync(path.join(tmpdir(), "load-table-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function outcome(build: () => Table | Promise<Table>): Promise<Outcome> {
  try {
    return { table: await build() };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

async function bothPaths(text: string, flags: Record<string, string> = {}) {
  const file = path.join(folder, "orders.csv");
  const bytes = Buffer.from(text, "utf8");
  writeFileSync(file, bytes);
  const values = { input: file, ...flags };
  const fast = await outcome(async () => (await loadTable({ values, positionals: [], locale: "en" })).table);
  const general = await outcome(() => {
    const { grid, delimiter, encoding, encodingDetected } = parseCsv(bytes, file);
    return tableFromGrid(grid, {
      header: "auto",
      roles: roleOverridesFromFlags(values),
      ...readingOptionsFromFlags(values),
      delimiter,
      encoding,
      encodingDetected,
    });
  });
  return { fast, general };
}

describe("loadTable's CSV fast path equals the general path", () => {
  it("on a plain order export, with every value typed", async () => {
    const { fast, general } = await bothPaths(
      "member_id,order_id,order_date,amount\nM1,O1,2022-11-24,205.92\nM2,O2,2022-11-25,-0.5\n",
    );
    expect(fast).toEqual(general);
    // 2022-11-24 is Excel serial 44889 (Python: date(2022, 11, 24) - date(1899, 12, 30) = 44889 days).
    expect("table" in fast && fast.table.columns[2]?.values).toEqual([44889, 44890]);
    expect("table" in fast && fast.table.quality.map((issue) => issue.rule)).toEqual(["negativeAmount"]);
  });

  it("on random CSVs: quotes, blanks, bad numbers, CRLF, BOM, signs, exponents, separators (property)", async () => {
    const numberCell = fc.constantFrom(
      "205.92",
      "-0.4776177000125",
      "+5",
      "1.5e3",
      "-2E-2",
      '"1,234.5"',
      '"1.234,5"',
      "1.234",
      "0.000",
      "12,5",
      "1 234",
      "$12",
      "abc",
      "",
      " 7 ",
      "#N/A",
      "007.50",
      "12345678901234567.25",
    );
    const otherCell = fc.constantFrom(
      "M1",
      "O7",
      '"M,1"',
      '"say ""hi"""',
      "2022-11-24",
      "2022-02-30",
      "11/24/2022",
      "24/11/2022",
      "",
      " ",
      "TRUE",
      "-3",
    );
    const row = fc.tuple(otherCell, otherCell, otherCell, numberCell);
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(",", ";"),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.constantFrom<Record<string, string>>({}, { "number-style": "comma" }, { "number-style": "dot" }),
        async (rows, delimiter, lineBreak, bom, flags) => {
          const lines = ["member_id,order_id,order_date,amount".replaceAll(",", delimiter)];
          for (const cells of rows) lines.push(cells.join(delimiter));
          const text = `${bom ? "\ufeff" : ""}${lines.join(lineBreak)}${lineBreak}`;
          const { fast, general } = await bothPaths(text, flags);
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 300 },
    );
  });
});
