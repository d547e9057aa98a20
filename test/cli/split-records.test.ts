import fc from "fast-check";
import Papa from "papaparse";
import { splitRecords } from "../../cli/io/split-records";
import { TextCellsBuilder } from "../../cli/io/text-cells-builder";

// splitRecords must cut text into the records and cells papaparse gives for the same delimiter and line
// break (papaparse is the reference), quoted records included, and report an unclosed quote as null.
function split(text: string, delimiter: string, linebreak: string, maxIrregular?: number): string[][] | null {
  const builder = new TextCellsBuilder(4);
  const result = splitRecords(text, delimiter, linebreak, builder, maxIrregular);
  if (result === "unclosedQuote") return null;
  if (result === "irregularQuotes") throw new Error("too many irregular records");
  const { cellText } = result;
  const cells = builder.build(cellText);
  const rows: string[][] = [];
  for (let row = 0; row + 1 < cells.rowFirstCell.length; row++) {
    const cellsOfRow: string[] = [];
    for (
      let cell = cells.rowFirstCell[row] as number;
      cell < (cells.rowFirstCell[row + 1] as number);
      cell++
    ) {
      cellsOfRow.push(cellText.slice(cells.cellStart[cell], cells.cellEnd[cell]));
    }
    rows.push(cellsOfRow);
  }
  return rows;
}

function papaparse(text: string, delimiter: string, linebreak: string): string[][] | null {
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: linebreak as "\n",
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  return parsed.errors.some((error) => error.code === "MissingQuotes") ? null : parsed.data;
}

describe("splitRecords", () => {
  it("cuts plain lines at delimiters and keeps a final empty record, as papaparse", () => {
    expect(split("a,b\n1,2\n", ",", "\n")).toEqual([["a", "b"], ["1", "2"], [""]]);
    expect(split("a;b\r\n1\n2;3", ";", "\r\n")).toEqual([
      ["a", "b"],
      ["1\n2", "3"],
    ]);
  });

  it("reads RFC 4180 quoted records itself, between plain lines", () => {
    const text = 'h1,h2\n"x,1","say ""hi"""\n"two\nlines",y\nz,"q"';
    expect(split(text, ",", "\n")).toEqual([
      ["h1", "h2"],
      ["x,1", 'say "hi"'],
      ["two\nlines", "y"],
      ["z", "q"],
    ]);
    expect(split('a\n"never closed\nb\n', ",", "\n")).toBeNull();
  });

  it("hands records with other quotes to papaparse, and stops past maxIrregular of them", () => {
    // papaparse forgives spaces after a closing quote and keeps a stray quote in an unquoted cell.
    const text = 'a,b\n"x" ,y\nq"r,"s"t"\n';
    expect(split(text, ",", "\n")).toEqual(papaparse(text, ",", "\n"));
    expect(split(text, ",", "\n")?.[1]).toEqual(["x", "y"]);
    expect(() => split(text, ",", "\n", 1)).toThrow("too many irregular records");
  });

  it("grows its window for an irregular record longer than 64 Ki characters", () => {
    const long = "x".repeat(200_000);
    const text = `a,"${long}\n${long}" ,b\nc,d`;
    expect(split(text, ",", "\n")).toEqual(papaparse(text, ",", "\n"));
  });

  it("reads a quoted value longer than 64 Ki characters", () => {
    const long = "x".repeat(200_000);
    expect(split(`a,"${long}\n${long}",b\nc,d`, ",", "\n")).toEqual([
      ["a", `${long}\n${long}`, "b"],
      ["c", "d"],
    ]);
  });

  it("agrees with papaparse on random text, quotes and malformed quotes included (property)", () => {
    const unit = fc.constantFrom("a", "1", " ", ",", ";", "\t", "\n", "\r", "\r\n", '"', '""', "é");
    const format = fc.tuple(fc.constantFrom(",", ";", "\t", "|"), fc.constantFrom("\n", "\r\n", "\r"));
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 40 }),
        format,
        (parts, [delimiter, linebreak]) => {
          const text = parts.join("");
          expect(split(text, delimiter, linebreak)).toEqual(papaparse(text, delimiter, linebreak));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
