import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseCsv } from "../../fileio/read-csv";
import { parseCsvCells } from "../../cli/io/read-csv-cells";
import type { TextCells } from "../../src/table/text-cells";

// parseCsvCells must give the cells, delimiter and errors of parseCsv (papaparse into a grid of strings),
// which is the reference: every expectation below is parseCsv's own answer on the same bytes.
function rowsOf(cells: TextCells): string[][] {
  const rows: string[][] = [];
  for (let row = 0; row + 1 < cells.rowFirstCell.length; row++) {
    const cellsOfRow: string[] = [];
    for (
      let cell = cells.rowFirstCell[row] as number;
      cell < (cells.rowFirstCell[row + 1] as number);
      cell++
    ) {
      cellsOfRow.push(cells.text.slice(cells.cellStart[cell], cells.cellEnd[cell]));
    }
    rows.push(cellsOfRow);
  }
  return rows;
}

type Read =
  { rows: string[][]; delimiter: string; firstRowNumber: number } | { error: string; file: unknown };

function attempt(read: () => Read): Read {
  try {
    return read();
  } catch (error) {
    const { name, message, file } = error as { name: string; message: string; file?: unknown };
    return { error: `${name}: ${message}`, file };
  }
}

function expectSameRead(bytes: Uint8Array, encoding?: string): Read {
  const expected = attempt(() => {
    const { grid, delimiter } = parseCsv(bytes, "in.csv", encoding);
    return { rows: grid.values as string[][], delimiter, firstRowNumber: grid.firstRowNumber ?? 1 };
  });
  const actual = attempt(() => {
    const { cells, delimiter } = parseCsvCells(bytes, "in.csv", encoding);
    return { rows: rowsOf(cells), delimiter, firstRowNumber: cells.firstRowNumber ?? 1 };
  });
  // JSON text compares thousands of rows far faster than toEqual, with the same verdict for strings.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return expected;
}
const text = (value: string) => new TextEncoder().encode(value);

describe("parseCsvCells reads what parseCsv reads", () => {
  const folder = path.join(__dirname, "../fixtures/intake");
  it.each(readdirSync(folder).filter((name) => /\.(csv|tsv)$/.test(name)))("fixture %s", (name) => {
    expect(expectSameRead(readFileSync(path.join(folder, name)))).toHaveProperty("rows");
  });

  it.each([
    ["CRLF line breaks", "a,b\r\n1,2\r\n"],
    ["CR line breaks", "a;b\r1;2\r3;4"],
    ["a lone LF inside CRLF text stays in the cell", "a,b\r\n1\n2,3\r\n4,5\r\n"],
    ["trailing blank lines and blank lines between", "a|b\n\n1|2\n\n\n"],
    ["ragged rows", "a,b,c\n1,2\n1,2,3,4\n"],
    ["one column (no delimiter to guess)", "Sales\n1\n2\n"],
    ["quoted cells with delimiters, quotes and line breaks", 'a,b\n"1,5","say ""hi"""\n"two\nlines",x\n'],
    ["a quote inside an unquoted cell", 'a,b\n5",x\n'],
    ["tabs with quotes", 'a\tb\tc\n"x\ty"\t2\t3\n1\t2\t3\n'],
    ["a BOM", "\uFEFFa,b\n1,2\n"],
    ["non-ASCII text", "會員編號,金額\nU1,¥1,299\n"],
  ])("%s", (_, csv) => {
    expect(expectSameRead(text(csv))).toHaveProperty("rows");
  });

  it("guesses from the first 1 MiB as papaparse does, and from the whole text when it has under 10 lines", () => {
    // Many lines: the guess reads the first MiB only. Few long lines: it needs the whole text.
    const many = `a;b\n${"12345;67890\n".repeat(100_000)}`;
    expect(expectSameRead(text(many))).toMatchObject({ delimiter: ";" });
    // Seven 150 KB lines split by ";" then lines of 40 ","-separated cells: the first MiB alone would say ";",
    // papaparse's ten lines say ",".
    const wide = Array.from({ length: 7 }, () => `y;${"x".repeat(150_000)}`);
    const narrow = Array.from({ length: 5 }, () => Array(40).fill("a").join(","));
    expect(expectSameRead(text([...wide, ...narrow].join("\n")))).toMatchObject({ delimiter: "," });
  });

  it("lets papaparse read text with many irregular quotes", () => {
    const irregular = `a,b\n${'"x" ,y\n'.repeat(1500)}`;
    expect(expectSameRead(text(irregular))).toMatchObject({ delimiter: "," });
  });

  it("gives parseCsv's errors: unclosed quote, bad bytes, unknown encoding, only blank lines", () => {
    expect(expectSameRead(text('a,b\n1,"oops\n2,3\n'))).toMatchObject({
      error: expect.stringContaining("line 2"),
      file: "in.csv",
    });
    expect(expectSameRead(Uint8Array.of(0x61, 0x2c, 0x81, 0x0a))).toMatchObject({
      error: expect.stringContaining("is not UTF-8, Big5 or GB18030 text"),
    });
    expect(expectSameRead(text("a,b\n"), "klingon")).toMatchObject({
      error: expect.stringContaining("unknown text encoding"),
    });
    expect(expectSameRead(text("\n \n,\n"))).toMatchObject({ error: expect.stringContaining("only blank") });
  });

  it("decodes another encoding on request", () => {
    // "会员编号,金额\nM1,5\n" in GB18030 (as test/cli/read-grid.test.ts).
    const bytes = Buffer.from("bbe1d4b1b1e0bac52cbdf0b6ee0a4d312c350a", "hex");
    expect(expectSameRead(bytes, "gb18030")).toMatchObject({
      rows: [
        ["会员编号", "金额"],
        ["M1", "5"],
      ],
    });
  });

  it("agrees on random delimited text, with and without quotes (property)", () => {
    const unit = fc.constantFrom("a", "1", " ", ",", ";", "\t", "|", "\n", "\r", "\r\n", '"', "é");
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), (parts) => {
        expectSameRead(text(parts.join("")));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees on long text with a few quoted records among plain lines (property)", () => {
    // Over 2 KiB of text per quote character, so that the plain lines are split and only the quoted records
    // go through papaparse.
    const unit = fc.constantFrom("a", "1", " ", ",", ";", "\n", "\r\n", '"', '""');
    const padding = (delimiter: string, lines: number) => `x${delimiter}y\n`.repeat(lines);
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(",", ";", "\t", "|"),
        fc.integer({ min: 0, max: 3 }),
        (parts, delimiter, before) => {
          const csv = `${padding(delimiter, 12 + before)}${parts.join("")}\n${padding(delimiter, 7000)}`;
          expectSameRead(text(csv));
        },
      ),
      { numRuns: 150 },
    );
  });
});
